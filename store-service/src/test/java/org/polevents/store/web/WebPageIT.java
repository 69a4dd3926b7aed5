package org.polevents.store.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Evidence;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.Quantity;
import org.polevents.contracts.Segment;
import org.polevents.contracts.SegmentBatch;
import org.polevents.contracts.Topics;
import org.polevents.infra.quarkus.KafkaBrokerResource;
import org.polevents.infra.quarkus.PostgresResource;

/**
 * The web page in a real browser: store-service on the embedded KRaft broker and PostgreSQL (a
 * database of its own, so the page shows exactly what this test seeds), articles and events
 * produced to the topics, then {@code src/test/browser/page.test.mjs} drives the system's headless
 * Chromium through playwright-core and asserts what a reader sees: the feed, a live arrival, the
 * filters, the overviews and the event view with its highlighted evidence.
 *
 * <p>Skipped when there is no Chromium ({@code /usr/bin/chromium}, or the {@code polevents.chromium}
 * system property) or no Node.js 20+. Installs playwright-core with {@code npm ci} on first run
 * (no browser is downloaded). Screenshots land in {@code target/web-page*.png}.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "database", value = "store_web"))
class WebPageIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(4);
    private static final Path BROWSER_DIR = Path.of("src/test/browser").toAbsolutePath();
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TestHTTPResource("/")
    URI root;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    KafkaCompanion kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(bootstrap);
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void pageIsServedWithAContentSecurityPolicyAndTheApiIsNot() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(containsString("<script type=\"module\" src=\"app/main.js\"></script>"));
        given().get("/app/main.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/app/land-110m.json").then().statusCode(200);
        // the JSON API answers as before, without the page's headers
        given().get("/events").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void readerSeesTheFeedFiltersOverviewsLiveEventsAndHighlightedEvidence() throws Exception {
        String chromium = System.getProperty("polevents.chromium", "/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(Path.of(chromium)),
                "no Chromium at " + chromium + " (apt-get install chromium); browser test skipped");
        String node = nodeOrSkip();
        installPlaywrightCore();

        Map<String, Object> seed = seed();
        PoliticalEvent live = liveEvent();
        seed.put("live", Map.of("id", live.id()));
        Path seedFile = TARGET.resolve("web-page-seed.json");
        Files.createDirectories(TARGET);
        Files.writeString(seedFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(seed));

        ProcessBuilder pb = new ProcessBuilder(node, "page.test.mjs", root.toString(), seedFile.toString(),
                TARGET.toString()).directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("CHROMIUM", chromium);
        Process p = pb.start();
        // a hung browser must not hang the build
        CompletableFuture.delayedExecutor(BROWSER_TIMEOUT.toSeconds(), TimeUnit.SECONDS).execute(p::destroyForcibly);
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null;) {
                System.out.println(line);
                output.add(line);
                if (line.equals("READY_FOR_LIVE")) {
                    produce(Topics.EVENTS_EXTRACTED, live.id(), json.writeValueAsString(live));
                }
            }
        }
        int exit = p.waitFor();
        assertThat(exit).as("page.test.mjs exit code; its output:%n%s", String.join("\n", output)).isZero();
        assertThat(TARGET.resolve("web-page.png")).exists();
    }

    // ---- seed: three articles and eight events, as the extractor would send them ---------------

    private static final String TASHKENT_TITLE = "Envoys meet Taliban in Tashkent as border clashes continue";
    private static final String TASHKENT = TASHKENT_TITLE + "\n\n"
            + "TASHKENT — US special envoy Thomas West met Taliban officials in Tashkent on Monday to discuss the"
            + " release of detained Americans. Uzbek Foreign Minister Bakhtiyor Saidov hosted a Taliban delegation"
            + " on the sidelines of the talks.\n\n"
            + "Meanwhile, TTP fighters attacked an army post in Bannu on Wednesday, killing four soldiers, Pakistan's"
            + " military said. The Taliban accused Islamabad of airstrikes in Paktika province.\n\n"
            + "The US Treasury said it will sanction three Russian banks next week over their support for the war.";
    private static final String WIRE_TITLE = "US envoy holds talks with Taliban in Uzbekistan";
    private static final String WIRE = WIRE_TITLE + "\n\n"
            + "US envoy Thomas West held talks with Taliban representatives in Tashkent on Monday, a State Department"
            + " spokesperson said.\n\n"
            + "Ukrainian activists protested outside the Russian embassy in Kyiv on Tuesday. Russian missiles struck"
            + " residential buildings in Kyiv overnight on Thursday, the city's mayor said.\n\n"
            + "Germany pledged 40 million euros in humanitarian aid for Afghanistan on Thursday.";
    /** Markup in an article must stay text: if the page ever parsed it, window.__pwned would be set. */
    private static final String HOSTILE_MARKER = "<img src=x onerror=\"window.__pwned=2\">";
    private static final String HOSTILE_TITLE = "<script>window.__pwned=1</script>Breaking <b>news</b>";
    private static final String HOSTILE = HOSTILE_TITLE + "\n\n" + "Students chanted " + HOSTILE_MARKER
            + " outside parliament in Islamabad on Friday.";

    private static final Location TASHKENT_LOC = new Location("Tashkent", "Tashkent", "UZB", 41.31, 69.28);
    private static final Location KYIV = new Location("Kyiv", "Kyiv", "UKR", 50.45, 30.52);

    private Map<String, Object> seed() throws Exception {
        produce(Topics.SEGMENTS_DEDUP, "web-tashkent", json.writeValueAsString(article("web-tashkent", "kabulnow.example",
                TASHKENT_TITLE, "2025-01-07T08:00:00Z", TASHKENT, "https://kabulnow.example/tashkent-talks")));
        produce(Topics.SEGMENTS_DEDUP, "web-wire", json.writeValueAsString(article("web-wire", "wire.example",
                WIRE_TITLE, "2025-01-07T10:00:00Z", WIRE, "https://wire.example/us-taliban")));
        produce(Topics.SEGMENTS_DEDUP, "web-hostile", json.writeValueAsString(article("web-hostile", "evil.example",
                HOSTILE_TITLE, "2025-01-10T12:00:00Z", HOSTILE, "javascript:window.__pwned=3")));

        String consultSentence = "TASHKENT — US special envoy Thomas West met Taliban officials in Tashkent on Monday to"
                + " discuss the release of detained Americans.";
        String wireSentence = "US envoy Thomas West held talks with Taliban representatives in Tashkent on Monday, a"
                + " State Department spokesperson said.";
        PoliticalEvent consult = event("web-tashkent", TASHKENT, "e1", "CONSULT", "040",
                actor("Thomas West", "USA", "GOV", null), taliban(), TASHKENT_LOC, "2025-01-06", "occurred",
                consultSentence, null);
        PoliticalEvent hosted = event("web-tashkent", TASHKENT, "e2", "CONSULT", "043",
                actor("Bakhtiyor Saidov", "UZB", "GOV", null), taliban(), TASHKENT_LOC, "2025-01-06", "occurred",
                "Uzbek Foreign Minister Bakhtiyor Saidov hosted a Taliban delegation on the sidelines of the talks.", null);
        PoliticalEvent attack = event("web-tashkent", TASHKENT, "e3", "ASSAULT", "190",
                actor("TTP fighters", "PAK", "REB", "TTP"), actor("army post", "PAK", "MIL", null),
                new Location("Bannu", "Bannu", "PAK", 32.99, 70.60), "2025-01-08", "occurred",
                "Meanwhile, TTP fighters attacked an army post in Bannu on Wednesday, killing four soldiers, Pakistan's"
                        + " military said.", null);
        PoliticalEvent accuse = event("web-tashkent", TASHKENT, "e4", "ACCUSE", "112", taliban(),
                actor("Islamabad", "PAK", "GOV", null), null, "2025-01-07", "occurred",
                "The Taliban accused Islamabad of airstrikes in Paktika province.", null);
        PoliticalEvent sanction = event("web-tashkent", TASHKENT, "e5", "SANCTION", "163",
                actor("US Treasury", "USA", "GOV", "OFAC"), actor("Russian banks", "RUS", "BUS", null), null,
                "2025-01-13", "planned",
                "The US Treasury said it will sanction three Russian banks next week over their support for the war.",
                null);
        PoliticalEvent consultReport = event("web-wire", WIRE, "e1", "CONSULT", "040",
                actor("Thomas West", "USA", "GOV", null), taliban(), TASHKENT_LOC, "2025-01-06", "occurred",
                wireSentence, null);
        PoliticalEvent protest = event("web-wire", WIRE, "e2", "PROTEST", "141",
                actor("Ukrainian activists", "UKR", "CVL", null), actor("Russian embassy", "RUS", "GOV", null), KYIV,
                "2025-01-07", "occurred", "Ukrainian activists protested outside the Russian embassy in Kyiv on Tuesday.",
                null);
        PoliticalEvent strike = event("web-wire", WIRE, "e3", "ASSAULT", "195",
                actor("Russian missiles", "RUS", "MIL", null), actor("residents", "UKR", "CVL", null), KYIV,
                "2025-01-09", "occurred", "Russian missiles struck residential buildings in Kyiv overnight on Thursday,"
                        + " the city's mayor said.", null);
        PoliticalEvent aid = event("web-wire", WIRE, "e4", "AID", "070", actor("Germany", "DEU", "GOV", null),
                actor("Afghanistan", "AFG", "CVL", null), new Location("Afghanistan", "Afghanistan", "AFG", 34.53, 69.17),
                "2025-01-09", "occurred", "Germany pledged 40 million euros in humanitarian aid for Afghanistan on Thursday.",
                new Quantity(40_000_000, "EUR"));
        String hostileSentence = "Students chanted " + HOSTILE_MARKER + " outside parliament in Islamabad on Friday.";
        PoliticalEvent hostile = event("web-hostile", HOSTILE, "e1", "PROTEST", "141",
                actor("<b onmouseover=window.__pwned=4>Students</b>", "PAK", "CVL", null),
                actor("parliament", "PAK", "LEG", null), new Location("Islamabad", "Islamabad", "PAK", 33.69, 73.05),
                "2025-01-10", "occurred", hostileSentence, null);

        // one at a time, each awaited: the feed's order is the store's, and the first report of the
        // meeting in Tashkent names the merged event
        List<PoliticalEvent> shown = List.of(consult, hosted, attack, accuse, sanction, protest, strike, aid, hostile);
        for (PoliticalEvent e : shown) {
            produce(Topics.EVENTS_EXTRACTED, e.id(), json.writeValueAsString(e));
            await().atMost(WAIT).untilAsserted(() -> given().get("/events/{id}", e.id()).then().statusCode(200));
            if (e == consult) {
                produce(Topics.EVENTS_EXTRACTED, consultReport.id(), json.writeValueAsString(consultReport));
                await().atMost(WAIT).untilAsserted(() -> given().get("/events/{id}", consult.id()).then()
                        .statusCode(200).body("mentions", equalTo(2)));
            }
        }
        for (String article : List.of("web-tashkent", "web-wire", "web-hostile")) {
            await().atMost(WAIT).untilAsserted(() -> given().get("/articles/{id}", article).then().statusCode(200)
                    .body("text", not(nullValue())));
        }

        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("events", shown.stream().map(e -> Map.of("id", e.id())).toList());
        seed.put("consult", Map.of("id", consult.id(), "articleId", "web-tashkent", "otherArticleId", "web-wire",
                "evidence", consultSentence, "otherEvidence", wireSentence, "start", consult.evidence().start(),
                "articleText", TASHKENT, "title", TASHKENT_TITLE));
        seed.put("hostile", Map.of("id", hostile.id(), "marker", HOSTILE_MARKER, "title", HOSTILE_TITLE));
        seed.put("types", shown.stream().map(PoliticalEvent::type).distinct().toList());
        seed.put("countries", List.of("USA", "AFG", "UZB", "PAK", "RUS", "UKR", "DEU"));
        seed.put("located", shown.stream().filter(e -> e.location() != null).map(PoliticalEvent::id).toList());
        seed.put("assault", List.of(attack.id(), strike.id()));
        seed.put("uzb", List.of(hosted.id()));
        return seed;
    }

    private PoliticalEvent liveEvent() {
        String sentence = "Moscow warned Kyiv of a harsh response to drone strikes on Saturday.";
        return new PoliticalEvent("web-live-e1", "web-live", "tass.example", "https://tass.example/warning",
                "2025-01-11T07:00:00Z", "THREATEN", null, "138", actor("Moscow", "RUS", "GOV", null),
                actor("Kyiv", "UKR", "GOV", null), new Location("Moscow", "Moscow", "RUS", 55.75, 37.62), "2025-01-11",
                "day", "occurred", null, new Evidence(sentence, 0, sentence.length()), 0.8, "test", 1);
    }

    private static SegmentBatch article(String id, String outlet, String title, String publishedAt, String text,
            String url) {
        List<Segment> segments = new ArrayList<>();
        int start = 0;
        for (String paragraph : text.split("\n\n")) {
            int at = text.indexOf(paragraph, start);
            segments.add(new Segment(id + "#" + segments.size(), paragraph, at, at + paragraph.length()));
            start = at + paragraph.length();
        }
        return new SegmentBatch(id, id, url, outlet, title, publishedAt, "en", text, segments);
    }

    private static PoliticalEvent event(String articleId, String text, String n, String type, String cameo,
            Actor source, Actor target, Location location, String date, String status, String sentence,
            Quantity quantity) {
        int start = text.indexOf(sentence);
        assertThat(start).as("evidence in the article: %s", sentence).isNotNegative();
        String published = switch (articleId) {
            case "web-tashkent" -> "2025-01-07T08:00:00Z";
            case "web-wire" -> "2025-01-07T10:00:00Z";
            default -> "2025-01-10T12:00:00Z";
        };
        return new PoliticalEvent(articleId + "-" + n, articleId, outletOf(articleId), "https://example.org/" + articleId,
                published, type, null, cameo, source, target, location, date, "day", status, quantity,
                new Evidence(sentence, start, start + sentence.length()), 0.85, "test", 1);
    }

    private static String outletOf(String articleId) {
        return switch (articleId) {
            case "web-tashkent" -> "kabulnow.example";
            case "web-wire" -> "wire.example";
            default -> "evil.example";
        };
    }

    private static Actor actor(String name, String country, String sector, String org) {
        return new Actor(name, name, country, sector, org);
    }

    private static Actor taliban() {
        return actor("Taliban officials", "AFG", "GOV", "Taliban");
    }

    private void produce(String topic, String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, value)).awaitCompletion(WAIT);
    }

    // ---- Node.js and playwright-core -------------------------------------------------------------

    /** The node executable, when it is Node.js 20 or later (playwright-core's minimum); else skips. */
    private static String nodeOrSkip() throws InterruptedException {
        String node = System.getProperty("polevents.node", "node");
        String version;
        try {
            Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
            version = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
        } catch (IOException e) {
            version = "";
        }
        Matcher m = Pattern.compile("^v(\\d+)\\.").matcher(version);
        Assumptions.assumeTrue(m.find() && Integer.parseInt(m.group(1)) >= 20,
                "no Node.js 20+ on the PATH (found '" + version + "'); browser test skipped");
        return node;
    }

    /** {@code npm ci} in src/test/browser unless playwright-core is there already (no browser download). */
    private static void installPlaywrightCore() throws IOException, InterruptedException {
        if (Files.exists(BROWSER_DIR.resolve("node_modules/playwright-core/package.json"))) {
            return;
        }
        String npm = System.getProperty("polevents.npm", "npm");
        ProcessBuilder pb = new ProcessBuilder(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(BROWSER_DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Assumptions.abort("no npm to install playwright-core (" + e.getMessage() + "); browser test skipped");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("npm ci finished").isTrue();
        assertThat(p.exitValue()).as("npm ci in %s:%n%s", BROWSER_DIR, out).isZero();
    }
}
