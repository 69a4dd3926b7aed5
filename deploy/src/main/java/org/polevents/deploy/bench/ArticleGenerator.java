package org.polevents.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates news articles in the style of wire copy: a headline and four to seven paragraphs in
 * which named officials of real countries meet, sanction, accuse, attack, aid and call on each
 * other. Each article draws its own countries, people, places, numbers and days, so articles are
 * distinct enough that dedup keeps them; {@link #exactCopy} and {@link #nearCopy} make the
 * republished versions dedup must catch. Deterministic for a seed.
 */
public final class ArticleGenerator {
    /** One generated article: id, text, and the id of the story it repeats (its own id for an original). */
    public record Generated(String id, String body, String storyId, Kind kind) {
    }

    public enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY }

    private record Country(String name, String adjective, String capital, String city) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("Kenya", "Kenyan", "Nairobi", "Mombasa"), new Country("Nigeria", "Nigerian", "Abuja", "Lagos"),
            new Country("Brazil", "Brazilian", "Brasilia", "Sao Paulo"), new Country("Argentina", "Argentine", "Buenos Aires", "Cordoba"),
            new Country("Germany", "German", "Berlin", "Hamburg"), new Country("France", "French", "Paris", "Marseille"),
            new Country("Poland", "Polish", "Warsaw", "Krakow"), new Country("Turkey", "Turkish", "Ankara", "Istanbul"),
            new Country("Egypt", "Egyptian", "Cairo", "Alexandria"), new Country("Ethiopia", "Ethiopian", "Addis Ababa", "Gondar"),
            new Country("India", "Indian", "New Delhi", "Mumbai"), new Country("Pakistan", "Pakistani", "Islamabad", "Karachi"),
            new Country("Indonesia", "Indonesian", "Jakarta", "Surabaya"), new Country("Vietnam", "Vietnamese", "Hanoi", "Da Nang"),
            new Country("Japan", "Japanese", "Tokyo", "Osaka"), new Country("South Korea", "South Korean", "Seoul", "Busan"),
            new Country("Mexico", "Mexican", "Mexico City", "Monterrey"), new Country("Colombia", "Colombian", "Bogota", "Medellin"),
            new Country("Iran", "Iranian", "Tehran", "Isfahan"), new Country("Saudi Arabia", "Saudi", "Riyadh", "Jeddah"),
            new Country("Ukraine", "Ukrainian", "Kyiv", "Kharkiv"), new Country("Russia", "Russian", "Moscow", "Kazan"),
            new Country("China", "Chinese", "Beijing", "Shanghai"), new Country("Canada", "Canadian", "Ottawa", "Toronto"));
    private static final List<String> FIRST = List.of("Amara", "Jonas", "Leila", "Tomasz", "Ravi", "Mei", "Carlos", "Yusuf",
            "Ingrid", "Kofi", "Ana", "Hiroshi", "Olena", "Farid", "Lucia", "Daniel", "Nadia", "Emeka", "Sofia", "Arjun");
    private static final List<String> LAST = List.of("Okafor", "Lindqvist", "Haddad", "Kowalski", "Menon", "Tanaka", "Ruiz",
            "Demir", "Schulz", "Mensah", "Pereira", "Sato", "Bondar", "Rahimi", "Moreno", "Keller", "Aziz", "Eze", "Romano", "Rao");
    private static final List<String> TITLES = List.of("Foreign Minister", "Defence Minister", "Prime Minister",
            "Trade Minister", "Interior Minister", "President");
    private static final List<String> TOPICS = List.of("border security", "grain exports", "a gas pipeline",
            "refugee returns", "fishing rights", "a stalled ceasefire", "visa rules", "river water sharing",
            "electricity imports", "a port concession", "drug trafficking", "election monitoring");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final List<String> GROUPS = List.of("separatist rebels", "militants", "armed men", "insurgents");
    private static final List<String> ORGS = List.of("The United Nations", "The African Union", "The European Union",
            "Amnesty International", "The Red Cross");

    private final SplittableRandom random;
    private final List<Generated> originals = new ArrayList<>();
    private int serial;

    public ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The next article: an original, or with the given probabilities an exact or near copy of an
     * earlier original (copies get ids of their own, as when another outlet carries a story).
     */
    public Generated next(double exactShare, double nearShare) {
        double r = random.nextDouble();
        if (!originals.isEmpty() && r < exactShare) {
            return exactCopy(pick(originals));
        }
        if (!originals.isEmpty() && r < exactShare + nearShare) {
            return nearCopy(pick(originals));
        }
        Generated g = original();
        originals.add(g);
        return g;
    }

    private Generated original() {
        String id = String.format("gen%07d", ++serial);
        Country a = pick(COUNTRIES);
        Country b = pick(COUNTRIES);
        while (b == a) {
            b = pick(COUNTRIES);
        }
        String pa = person();
        String pb = person();
        String ta = pick(TITLES);
        String tb = pick(TITLES);
        String topic = pick(TOPICS);
        String day = pick(DAYS);
        int n = 2 + random.nextInt(400);
        int m = 3 + random.nextInt(90);
        List<String> paras = new ArrayList<>();
        paras.add(a.adjective() + " " + ta + " " + pa + " met " + b.adjective() + " " + tb + " " + pb + " in "
                + a.capital() + " on " + day + " to discuss " + topic + ", according to a statement from the "
                + a.adjective() + " government.");
        // every paragraph carries several independent draws (people, numbers, places, days), so two
        // articles almost never share a paragraph or a near copy of one by chance
        paras.add(pa + " and " + pb + " signed an agreement on " + topic + " and said working groups would meet again within "
                + m + " days, " + b.adjective() + " state media reported on " + day + ".");
        switch (random.nextInt(3)) {
            case 0 -> paras.add(a.name() + " imposed sanctions on " + n + " " + b.adjective()
                    + " officials over " + topic + ", freezing their assets, " + pa + " told reporters in " + a.city() + ".");
            case 1 -> paras.add(cap(pick(GROUPS)) + " attacked a police post near " + b.city() + " on " + day
                    + ", killing " + m + " officers and wounding " + n + " people, " + pb + " of the " + b.adjective()
                    + " interior ministry said.");
            default -> paras.add(a.name() + " pledged " + n + " million dollars in humanitarian aid to " + b.name()
                    + " after floods displaced " + (m * 100 + random.nextInt(100)) + " families near " + b.city() + ", "
                    + pb + " said on " + day + ".");
        }
        paras.add("The " + b.adjective() + " foreign ministry accused " + a.name() + " of interfering in its affairs over "
                + topic + " for " + (2 + random.nextInt(30)) + " months, a charge " + pa + " denied on " + day + " in "
                + a.city() + ".");
        if (random.nextBoolean()) {
            paras.add(pick(ORGS) + " called on " + pa + " and " + pb + " to resolve the dispute over " + topic
                    + " through talks within " + n + " days, a spokesperson said in " + b.capital() + ".");
        }
        if (random.nextBoolean()) {
            paras.add("Analysts in " + a.city() + " said the " + m + "-day timetable was ambitious and that " + topic
                    + " had divided the two capitals for " + (2 + random.nextInt(20)) + " years.");
        }
        // a second sentence with draws of its own makes every paragraph far from any other article's
        // (a paragraph that only shares a template and a few slot values must not read as a near copy)
        List<String> full = new ArrayList<>();
        for (String p : paras) {
            full.add(p + " " + detail());
        }
        String headline = a.adjective() + " and " + b.adjective() + " officials " + pa + " and " + pb + " discuss " + topic
                + " in " + a.capital();
        return new Generated(id, headline + "\n" + String.join("\n", full) + "\n", id, Kind.ORIGINAL);
    }

    /** The same text under a new id. */
    public Generated exactCopy(Generated of) {
        return new Generated(String.format("gen%07d", ++serial), of.body(), of.storyId(), Kind.EXACT_COPY);
    }

    /** Another outlet's version: new headline, one sentence reworded, the last paragraph dropped. */
    public Generated nearCopy(Generated of) {
        String[] lines = of.body().split("\n");
        List<String> out = new ArrayList<>();
        out.add("REPORT: " + lines[0].replace(" discuss ", " hold talks on "));
        for (int i = 1; i < lines.length - 1; i++) {
            out.add(i == 2 ? lines[i].replace("state media reported", "according to officials") : lines[i]);
        }
        return new Generated(String.format("gen%07d", ++serial), String.join("\n", out) + "\n", of.storyId(), Kind.NEAR_COPY);
    }

    private String detail() {
        Country c = pick(COUNTRIES);
        String who = person();
        int k = 3 + random.nextInt(900);
        return switch (random.nextInt(4)) {
            case 0 -> who + ", a spokesperson in " + c.capital() + ", said " + k + " delegates had attended earlier rounds.";
            case 1 -> "Trade between the two reached " + k + " million dollars last year, according to " + who + " of the "
                    + c.adjective() + " statistics office.";
            case 2 -> "Some " + k + " people protested outside the venue in " + c.city() + ", " + who + " told reporters.";
            default -> who + " noted that " + k + " observers from " + c.name() + " would follow the process closely.";
        };
    }

    private String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
