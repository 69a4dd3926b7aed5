package org.polevents.extract.coder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Quantity;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.extract.actor.ActorDictionary;
import org.polevents.extract.actor.ActorMention;
import org.polevents.extract.actor.ActorRecognizer;
import org.polevents.extract.actor.ArticleMemory;
import org.polevents.extract.date.DateResolver;
import org.polevents.extract.date.EventDate;
import org.polevents.extract.geo.Gazetteer;
import org.polevents.extract.plover.TriggerLexicon;
import org.polevents.extract.plover.TriggerMatch;
import org.polevents.extract.sentence.LanguageLayer;
import org.polevents.extract.sentence.Sentence;

/**
 * Codes the political events of one cleaned article. Load once with {@link #load()} (models and
 * dictionaries, a second or so); {@link #code(SegmentBatch)} is thread-safe, as every component is
 * immutable and per-article state is local to the call.
 */
public final class EventCoder {
    /** Bumped when the coding rules change; the dictionaries' digest is appended automatically. */
    static final String RULES_VERSION = "0.5.0";
    static final String[] DICTIONARIES = {"dictionaries/countries.tsv", "dictionaries/actors.tsv",
            "dictionaries/roles.tsv", "dictionaries/triggers.tsv", "dictionaries/gazetteer.tsv"};
    private static final Pattern MONEY = Pattern.compile(
            "(?:US)?\\$\\s?(\\d+(?:[.,]\\d+)*)\\s*(million|billion|bn|m|trillion)?\\b", Pattern.CASE_INSENSITIVE);

    private final LanguageLayer language;
    private final ActorRecognizer actors;
    private final TriggerLexicon triggers;
    private final Gazetteer gazetteer;
    private final DateResolver dates = new DateResolver();
    private final RoleAssigner roles;
    private final String version;

    private EventCoder(LanguageLayer language, ActorDictionary dictionary, TriggerLexicon triggers, Gazetteer gazetteer,
            String version, boolean codeSpeculative) {
        this.roles = new RoleAssigner(codeSpeculative, codeSpeculative);
        this.language = language;
        this.actors = new ActorRecognizer(dictionary, triggers::mayStart);
        this.triggers = triggers;
        this.gazetteer = gazetteer;
        this.version = version;
    }

    /**
     * Loads models and dictionaries from the classpath; expensive, call once. The coder codes what
     * happened, is happening, is concretely planned ("will meet", "plans to", "the scheduled talks")
     * or explicitly did not happen ("did not sanction"); it does not code speculation:
     * recommendations, conditionals and modal possibilities ("Minsk should pledge", "if X, Y could
     * attack", "would precipitate") are left out, so that opinion pieces do not flood the store
     * with events nobody reported as real.
     */
    public static EventCoder load() {
        return load(false);
    }

    /**
     * @param codeSpeculative also emit hypothetical events (status {@code hypothetical}), for
     *                        research uses that want the author's scenarios and recommendations
     */
    public static EventCoder load(boolean codeSpeculative) {
        return new EventCoder(LanguageLayer.load(), ActorDictionary.load(), TriggerLexicon.load(), Gazetteer.load(),
                RULES_VERSION + (codeSpeculative ? "s" : "") + "+" + dictionaryDigest(), codeSpeculative);
    }

    /** Thread-safe. Events of one article, in text order, with deterministic ids. */
    public List<PoliticalEvent> code(SegmentBatch article) {
        LocalDate published = publishedDate(article.publishedAt());
        ArticleMemory memory = new ArticleMemory(published);
        Restatements coded = new Restatements();
        for (Segment segment : paragraphs(article)) {
            Sentence previous = null;
            List<ActorMention> previousMentions = List.of();
            List<Candidate> previousEvents = new ArrayList<>();
            for (Sentence s : language.analyze(segment.text(), segment.start())) {
                List<ActorMention> mentions = actors.find(s, memory);
                List<Candidate> events = new ArrayList<>();
                GroupMembers.Identified group = GroupMembers.identify(previous, previousMentions, s, mentions);
                if (group != null) {
                    String both = segment.text().substring(previous.start() - segment.start(), s.end() - segment.start());
                    for (Candidate c : membersEvents(group, previousEvents)) {
                        if (coded.isNew(c, s.start())) {
                            coded.add(event(article, c, published, gazetteer.locate(previous), both, previous.start(),
                                    s.end()), c);
                            memory.rememberEvent(c.trigger().type(), c.source(), c.target());
                        }
                    }
                }
                List<TriggerMatch> found = triggers.find(s);
                TriggerMatch evaluation = Evaluations.find(s);
                if (evaluation != null) {
                    found = new ArrayList<>(found);
                    found.add(evaluation);
                    found.sort(java.util.Comparator.comparingInt(TriggerMatch::start));
                }
                if (!found.isEmpty() && !mentions.isEmpty()) {
                    Location place = gazetteer.locate(s);
                    for (Candidate c : roles.assign(s, mentions, found, memory, place)) {
                        if (coded.isNew(c, s.start())) {
                            coded.add(event(article, c, published, place, s.text(), s.start(), s.end()), c);
                            memory.rememberEvent(c.trigger().type(), c.source(), c.target());
                            events.add(c);
                        }
                    }
                }
                memory.noteConveners(s, mentions);
                memory.remember(mentions);
                previous = s;
                previousMentions = mentions;
                previousEvents = events;
            }
        }
        return coded.events();
    }

    /** Coder version string, part of event ids. */
    public String version() {
        return version;
    }

    /** The events of a counted group's named companion, given to each member the next sentence names. */
    private static List<Candidate> membersEvents(GroupMembers.Identified group, List<Candidate> previousEvents) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : previousEvents) {
            if (c.source() == null || !c.source().equals(group.companion().actor())) {
                continue;
            }
            for (ActorMention m : group.members()) {
                if (c.target() == null || !RoleAssigner.same(m.actor(), c.target())) {
                    out.add(new Candidate(c.trigger(), m.actor(), c.target(), c.status(), c.confidence() - 0.1));
                }
            }
        }
        return out;
    }

    /** The event coded from {@code c}; the evidence is the article text [start, end). */
    private PoliticalEvent event(SegmentBatch a, Candidate c, LocalDate published, Location location, String text,
            int start, int end) {
        EventDate date = dates.resolve(text, published);
        TriggerMatch t = c.trigger();
        Evidence evidence = new Evidence(text, start, end);
        String id = id(a.articleId(), start, end, t.type() + "/" + t.trigger().cameo(), c.source(), c.target());
        Actor source = localize(c.source(), location);
        Actor target = localize(c.target(), location);
        return new PoliticalEvent(id, a.articleId(), a.outlet(), a.url(), a.publishedAt(), t.type(), t.trigger().mode(),
                t.trigger().cameo(), source, target, location, date.value(), date.precision(), c.status(),
                quantity(text, t.type()), evidence, round(c.confidence()), version, 1);
    }

    /**
     * Protesters, police, reporters or a court named without a country are, in practice, those of
     * the place the event happened ("police detained 40 protesters in Istanbul").
     */
    private static Actor localize(Actor a, Location where) {
        if (a == null || a.country() != null || a.org() != null || where == null || a.sector() == null
                || !LOCAL_SECTORS.contains(a.sector())) {
            return a;
        }
        return new Actor(a.text(), a.name(), where.country(), a.sector(), a.org());
    }

    private static final java.util.Set<String> LOCAL_SECTORS = RoleAssigner.LOCAL_SECTORS;

    private String id(String articleId, int start, int end, String type, Actor source, Actor target) {
        String material = String.join("|", articleId, Integer.toString(start), Integer.toString(end), type,
                actorKey(source), actorKey(target), version);
        return HexFormat.of().formatHex(sha256(material.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    static String actorKey(Actor a) {
        return a == null ? "-" : a.country() + "/" + a.sector() + "/" + a.org() + "/" + a.name();
    }

    private static Quantity quantity(String text, String type) {
        if (!type.equals("AID") && !type.equals("SANCTION") && !type.equals("COOPERATE")) {
            return null;
        }
        Matcher m = MONEY.matcher(text);
        if (!m.find()) {
            return null;
        }
        double amount = Double.parseDouble(m.group(1).replace(",", ""));
        String scale = m.group(2) == null ? "" : m.group(2).toLowerCase(java.util.Locale.ROOT);
        amount *= switch (scale) {
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
        return new Quantity(amount, "USD");
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** The article's segments; an article without any is split at blank lines. */
    private static List<Segment> paragraphs(SegmentBatch a) {
        if (!a.segments().isEmpty()) {
            return a.segments();
        }
        List<Segment> out = new ArrayList<>();
        String text = a.text();
        int i = 0;
        int n = 0;
        while (i < text.length()) {
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = text.length();
            }
            String line = text.substring(i, j);
            if (!line.isBlank()) {
                out.add(new Segment(a.articleId() + "#" + n++, line, i, j));
            }
            i = j + 1;
        }
        return out;
    }

    static LocalDate publishedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(publishedAt).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(publishedAt.length() >= 10 ? publishedAt.substring(0, 10) : publishedAt);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String dictionaryDigest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String r : DICTIONARIES) {
                try (InputStream in = EventCoder.class.getClassLoader().getResourceAsStream(r)) {
                    if (in != null) {
                        md.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
