package org.polevents.store.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;

/**
 * Realistic synthetic articles and their coded reports for the store benchmark, deterministic for
 * a seed. Articles come in publication order over two years (2024-01-01 onward), each with one to
 * six events: PLOVER types and CAMEO codes, source and target countries and sectors weighted like
 * a news feed (a few countries and types dominate), organisations (Taliban, UN, Hamas, ...),
 * event dates a few days before publication at day, month, year or unknown precision, places from
 * a small gazetteer, statuses, and an evidence sentence that names people from a pool of
 * thousands (so some words are rare). About a fifth of events are also reported by one to seven
 * later articles of other outlets: those are further reports of the same event (mentions).
 */
final class BenchData {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final int DAYS = 730;
    static final String VERSION = "0.2.0+bench001";

    /** ISO3 code and weight. */
    static final String[] COUNTRIES = {"USA", "RUS", "UKR", "CHN", "ISR", "PSE", "IRN", "AFG", "PAK", "IND", "GBR",
        "TUR", "SYR", "IRQ", "SAU", "FRA", "DEU", "EGY", "QAT", "YEM", "LBN", "SDN", "BLR", "UZB", "TJK", "KAZ",
        "ETH", "NGA", "MLI", "VEN", "BRA", "MEX", "KOR", "PRK", "JPN", "TWN", "MMR", "COD", "SOM", "ARM", "AZE",
        "SRB"};
    private static final int[] COUNTRY_WEIGHTS = {100, 80, 80, 60, 60, 50, 50, 40, 40, 40, 40, 30, 30, 30, 30, 30, 30,
        20, 20, 20, 20, 20, 20, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
    /** PLOVER type, weight, CAMEO codes. */
    static final String[][] TYPES = {{"CONSULT", "20", "040", "042", "043", "046"}, {"AGREE", "6", "030", "036", "057"},
        {"SUPPORT", "7", "051", "052"}, {"COOPERATE", "6", "061", "062"}, {"AID", "4", "070", "071", "073"},
        {"CONCEDE", "2", "081", "083"}, {"RETREAT", "1", "084", "087"}, {"REQUEST", "7", "100", "102", "103"},
        {"ACCUSE", "10", "111", "112", "115"}, {"REJECT", "5", "120", "125", "128"}, {"THREATEN", "4", "130", "138"},
        {"PROTEST", "5", "140", "141", "145"}, {"SANCTION", "3", "160", "163"}, {"MOBILIZE", "2", "150", "154"},
        {"COERCE", "5", "170", "173", "175"}, {"ASSAULT", "13", "180", "183", "190", "193", "195"}};
    private static final String[] SECTORS = {"GOV", "GOV", "GOV", "GOV", "GOV", "GOV", "GOV", "MIL", "MIL", "MIL",
        "LEG", "JUD", "COP", "COP", "OPP", "PTY", "CVL", "CVL", "MED", "BUS", "REF", "REL", "EDU", "NGO"};
    /** Organisation, country (or empty for none), sector. */
    static final String[][] ORGS = {{"Taliban", "AFG", "GOV"}, {"TTP", "PAK", "REB"}, {"ISKP", "", "REB"},
        {"Hamas", "PSE", "REB"}, {"Hezbollah", "LBN", "REB"}, {"UN", "", "IGO"}, {"EU", "", "IGO"},
        {"NATO", "", "IGO"}, {"ICC", "", "IGO"}, {"IAEA", "", "IGO"}, {"Houthis", "YEM", "REB"},
        {"RSF", "SDN", "REB"}, {"Wagner", "RUS", "MIL"}};
    /** City, country, lat, lon. */
    static final Object[][] CITIES = {{"Washington", "USA", 38.9, -77.04}, {"Moscow", "RUS", 55.75, 37.62},
        {"Kyiv", "UKR", 50.45, 30.52}, {"Kharkiv", "UKR", 49.99, 36.23}, {"Beijing", "CHN", 39.9, 116.4},
        {"Jerusalem", "ISR", 31.77, 35.21}, {"Gaza", "PSE", 31.5, 34.47}, {"Tehran", "IRN", 35.69, 51.39},
        {"Kabul", "AFG", 34.53, 69.17}, {"Kandahar", "AFG", 31.61, 65.71}, {"Islamabad", "PAK", 33.68, 73.05},
        {"Peshawar", "PAK", 34.01, 71.58}, {"New Delhi", "IND", 28.61, 77.21}, {"London", "GBR", 51.51, -0.13},
        {"Ankara", "TUR", 39.93, 32.86}, {"Damascus", "SYR", 33.51, 36.28}, {"Baghdad", "IRQ", 33.31, 44.36},
        {"Riyadh", "SAU", 24.71, 46.68}, {"Paris", "FRA", 48.86, 2.35}, {"Berlin", "DEU", 52.52, 13.4},
        {"Cairo", "EGY", 30.04, 31.24}, {"Doha", "QAT", 25.29, 51.53}, {"Sanaa", "YEM", 15.37, 44.19},
        {"Beirut", "LBN", 33.89, 35.5}, {"Khartoum", "SDN", 15.5, 32.56}, {"Minsk", "BLR", 53.9, 27.56},
        {"Tashkent", "UZB", 41.3, 69.24}, {"Dushanbe", "TJK", 38.56, 68.79}, {"Astana", "KAZ", 51.17, 71.45},
        {"Addis Ababa", "ETH", 9.03, 38.74}, {"Abuja", "NGA", 9.08, 7.4}, {"Bamako", "MLI", 12.64, -8.0},
        {"Caracas", "VEN", 10.48, -66.9}, {"Brasilia", "BRA", -15.79, -47.88}, {"Mexico City", "MEX", 19.43, -99.13},
        {"Seoul", "KOR", 37.57, 126.98}, {"Pyongyang", "PRK", 39.04, 125.76}, {"Tokyo", "JPN", 35.68, 139.69},
        {"Taipei", "TWN", 25.03, 121.57}, {"Yangon", "MMR", 16.87, 96.2}, {"Kinshasa", "COD", -4.44, 15.27},
        {"Mogadishu", "SOM", 2.05, 45.32}, {"Yerevan", "ARM", 40.18, 44.51}, {"Baku", "AZE", 40.41, 49.87},
        {"Belgrade", "SRB", 44.79, 20.45}, {"Geneva", "CHE", 46.2, 6.14}, {"Brussels", "BEL", 50.85, 4.35},
        {"New York", "USA", 40.71, -74.01}, {"Odesa", "UKR", 46.48, 30.72}, {"Rafah", "PSE", 31.3, 34.25}};
    private static final String[] STATUSES = {"occurred", "occurred", "occurred", "occurred", "occurred", "occurred",
        "occurred", "occurred", "occurred", "occurred", "occurred", "occurred", "occurred", "occurred", "occurred",
        "ongoing", "planned", "planned", "planned", "negated"};
    private static final String[] VERBS = {"met", "held talks with", "accused", "urged", "condemned", "signed a deal with",
        "threatened", "attacked", "sanctioned", "pledged aid to", "rejected proposals from", "welcomed", "warned",
        "called on", "praised", "detained supporters of", "shelled positions of", "negotiated with"};
    private static final String[] TAILS = {"officials said", "according to a statement", "state media reported",
        "the ministry said", "witnesses told reporters", "a spokesman said", "diplomats said", "in a televised address",
        "amid rising tensions", "after weeks of negotiations", "despite international pressure", "on the sidelines of a summit"};
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "lev", "sha", "dor", "ni", "gul", "ter", "an", "vik",
        "zar", "bek", "ol", "mir", "ha", "sen", "tu", "lin", "ra", "das", "po", "el", "quin", "yus", "ba", "fer", "od"};

    private final Random rnd;
    private final int[] countryCdf = cdf(COUNTRY_WEIGHTS);
    private final int[] typeCdf;
    private final String[] surnames = new String[4000];
    private final double articlesPerDay;
    private long article;
    private long mentionSeq;

    /** One generated article: its reports (first reports) and further reports of them by later articles. */
    record Article(String id, List<PoliticalEvent> reports, List<List<PoliticalEvent>> furtherReports) {
    }

    /**
     * @param seed           the seed
     * @param totalArticles  articles over the two years (spacing of publication days)
     */
    BenchData(long seed, long totalArticles) {
        this.rnd = new Random(seed);
        int[] w = new int[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            w[i] = Integer.parseInt(TYPES[i][1]);
        }
        this.typeCdf = cdf(w);
        for (int i = 0; i < surnames.length; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 2 + rnd.nextInt(2);
            for (int s = 0; s < n; s++) {
                sb.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            surnames[i] = sb.toString();
        }
        this.articlesPerDay = totalArticles / (double) DAYS;
    }

    /** The name of the i-th generated person (for rare-word queries). */
    String surname(int i) {
        return surnames[i % surnames.length];
    }

    long articlesSoFar() {
        return article;
    }

    /** The next article in publication order. */
    Article next() {
        long k = article++;
        String id = "art-" + k;
        LocalDate published = START.plusDays(Math.min(DAYS - 1, (long) (k / articlesPerDay)));
        String outlet = outlet();
        int events = 1 + Math.min(5, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.3));
        List<PoliticalEvent> reports = new ArrayList<>(events);
        List<List<PoliticalEvent>> further = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            PoliticalEvent e = event(id, i, outlet, published);
            reports.add(e);
            further.add(furtherReports(e, k, published));
        }
        return new Article(id, reports, further);
    }

    private PoliticalEvent event(String articleId, int i, String outlet, LocalDate published) {
        String[] type = TYPES[pick(typeCdf)];
        String cameo = type[2 + rnd.nextInt(type.length - 2)];
        Actor source = actor();
        Actor target = actor();
        LocalDate day = published.minusDays(rnd.nextInt(4));
        double p = rnd.nextDouble();
        String date;
        String precision;
        if (p < 0.82) {
            date = day.toString();
            precision = "day";
        } else if (p < 0.88) {
            date = day.toString().substring(0, 7);
            precision = "month";
        } else if (p < 0.90) {
            date = day.toString().substring(0, 4);
            precision = "year";
        } else {
            date = null;
            precision = "unknown";
        }
        Location location = null;
        if (rnd.nextDouble() < 0.6) {
            Object[] c = CITIES[rnd.nextInt(CITIES.length)];
            location = new Location(rnd.nextInt(5) == 0 ? "the capital" : (String) c[0], (String) c[0], (String) c[1],
                    (Double) c[2], (Double) c[3]);
        }
        String status = STATUSES[rnd.nextInt(STATUSES.length)];
        Evidence evidence = sentence(source, target, location, day);
        return new PoliticalEvent(articleId + "-e" + i, articleId, outlet, "https://" + outlet + "/" + articleId,
                published + "T" + String.format(Locale.ROOT, "%02d:%02d:00Z", rnd.nextInt(24), rnd.nextInt(60)),
                type[0], type[0].equals("CONSULT") && rnd.nextBoolean() ? "visit" : null, cameo, source, target,
                location, date, precision, status, null, evidence, Math.round(rnd.nextDouble() * 100) / 100.0, VERSION, 1);
    }

    private List<PoliticalEvent> furtherReports(PoliticalEvent e, long k, LocalDate published) {
        if (rnd.nextDouble() >= 0.2) {
            return List.of();
        }
        int n = 1 + Math.min(6, (int) Math.floor(-Math.log(1 - rnd.nextDouble()) * 1.5));
        List<PoliticalEvent> out = new ArrayList<>(n);
        long offset = 1;
        for (int j = 0; j < n; j++) {
            offset += 1 + rnd.nextInt(40);
            String article = "art-" + (k + offset);
            String outlet = outlet();
            LocalDate day = published.plusDays(Math.min(1, (long) (offset / Math.max(1, articlesPerDay))));
            Evidence evidence = sentence(e.source(), e.target(), e.location(), day);
            out.add(new PoliticalEvent("m" + (mentionSeq++) + "-" + article, article, outlet,
                    "https://" + outlet + "/" + article, day + "T12:00:00Z", e.type(), e.mode(), e.cameo(), e.source(),
                    e.target(), e.location(), e.date(), e.datePrecision(), e.status(), null, evidence,
                    Math.round(rnd.nextDouble() * 100) / 100.0, VERSION, 1));
        }
        return out;
    }

    private Actor actor() {
        double p = rnd.nextDouble();
        if (p < 0.12) {
            String[] o = ORGS[rnd.nextInt(ORGS.length)];
            return new Actor("the " + o[0], o[0], o[1].isEmpty() ? null : o[1], o[2], o[0]);
        }
        String country = COUNTRIES[pick(countryCdf)];
        String sector = SECTORS[rnd.nextInt(SECTORS.length)];
        String name = p < 0.5 ? surname(rnd.nextInt(surnames.length)) : country + " " + sector.toLowerCase(Locale.ROOT);
        return new Actor(name, name, country, sector, null);
    }

    private Evidence sentence(Actor source, Actor target, Location where, LocalDate day) {
        StringBuilder sb = new StringBuilder(160);
        sb.append(source.text()).append(' ').append(VERBS[rnd.nextInt(VERBS.length)]).append(' ').append(target.text());
        if (where != null) {
            sb.append(" in ").append(where.name());
        }
        sb.append(" on ").append(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(", ")
                .append(TAILS[rnd.nextInt(TAILS.length)]);
        if (rnd.nextBoolean()) {
            sb.append(", naming ").append(surname(rnd.nextInt(surnames.length))).append(" as ")
                    .append(rnd.nextBoolean() ? "a negotiator" : "a commander");
        }
        sb.append('.');
        int start = rnd.nextInt(4000);
        return new Evidence(sb.toString(), start, start + sb.length());
    }

    private String outlet() {
        // a long tail of outlets: a few wire services carry most stories
        int i = (int) Math.floor(Math.pow(rnd.nextDouble(), 2.5) * 120);
        return "outlet" + i + ".example";
    }

    String randomType(Random r) {
        return TYPES[pick(typeCdf, r)][0];
    }

    private int pick(int[] cdf) {
        return pick(cdf, rnd);
    }

    private static int pick(int[] cdf, Random r) {
        int x = r.nextInt(cdf[cdf.length - 1]);
        for (int i = 0; i < cdf.length; i++) {
            if (x < cdf[i]) {
                return i;
            }
        }
        return cdf.length - 1;
    }

    private static int[] cdf(int[] w) {
        int[] c = new int[w.length];
        int sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i];
            c[i] = sum;
        }
        return c;
    }
}
