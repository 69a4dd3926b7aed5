package org.polevents.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.polevents.contracts.Actor;
import org.polevents.contracts.Location;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.store.persist.EventDates;

/**
 * GDELT 2.0 event-table style: the 61 columns of the GDELT event codebook, tab-separated, one row
 * per event, preceded by a header row naming the columns (GDELT's own files have none; drop the
 * first line to feed GDELT tools). Where this store knows less than GDELT the cell is empty;
 * where it knows differently it says so:
 * <ul>
 * <li>GLOBALEVENTID is this store's string id, not an integer;</li>
 * <li>actor codes are country + sector (AFGGOV), known-group codes only for a few organisations;</li>
 * <li>geographic country codes are ISO 3166-1 alpha-3, not FIPS 10-4;</li>
 * <li>GoldsteinScale is the CAMEO root code's value, QuadClass follows from the root code;</li>
 * <li>NumSources and NumArticles equal NumMentions (reporting articles); AvgTone is empty.</li>
 * </ul>
 */
final class GdeltTsvWriter implements EventExportWriter {
    static final List<String> HEADER = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName",
            "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long",
            "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
            "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED",
            "SOURCEURL");

    /** Goldstein scale of each CAMEO root code (Goldstein 1992 as tabulated for CAMEO roots). */
    private static final double[] GOLDSTEIN = {0, 0.0, 3.0, 4.0, 1.0, 3.5, 6.0, 7.0, 5.0, -2.0, -5.0, -2.0, -4.0,
        -6.0, -6.5, -7.2, -4.0, -7.0, -9.0, -10.0, -10.0};

    /** CAMEO known-group codes of organisations the extractor names. */
    private static final Map<String, String> KNOWN_GROUPS = Map.of("TALIBAN", "TAL", "UN", "UNO", "EU", "EEC",
            "NATO", "NAT", "IMF", "IMF", "WORLD BANK", "WBK", "AFRICAN UNION", "AFR", "ASEAN", "ASN", "OPEC", "OPC",
            "ICC", "ICC");

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public void begin(Writer out) throws IOException {
        out.write(String.join("\t", HEADER));
        out.write('\n');
    }

    @Override
    public void event(Writer out, PoliticalEvent e) throws IOException {
        List<String> c = new ArrayList<>(HEADER.size());
        c.add(clean(e.id()));
        EventDates.DayRange range = EventDates.range(e.date(), e.datePrecision());
        LocalDate day = range != null ? range.from() : EventDates.day(e.publishedAt());
        c.add(day == null ? "" : day.format(SQLDATE));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        c.add(day == null ? "" : Integer.toString(day.getYear()));
        c.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
        actor(c, e.source());
        actor(c, e.target());
        c.add("1");
        String cameo = e.cameo() == null ? "" : e.cameo().strip();
        c.add(clean(cameo));
        c.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        c.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
        int root = root(cameo);
        c.add(root == 0 ? "" : Integer.toString(quadClass(root)));
        c.add(root == 0 ? "" : Double.toString(GOLDSTEIN[root]));
        String mentions = Integer.toString(e.mentions());
        c.add(mentions);
        c.add(mentions);
        c.add(mentions);
        c.add("");
        emptyGeo(c);
        emptyGeo(c);
        actionGeo(c, e.location());
        c.add(day == null ? "" : day.format(SQLDATE) + "000000");
        c.add(clean(e.url()));
        out.write(String.join("\t", c));
        out.write('\n');
    }

    private static void actor(List<String> c, Actor a) {
        String country = a == null ? "" : clean(a.country());
        String sector = a == null ? "" : clean(a.sector());
        String group = a == null || a.org() == null ? "" : KNOWN_GROUPS.getOrDefault(
                a.org().strip().toUpperCase(Locale.ROOT), "");
        c.add(country + group + sector);
        c.add(a == null ? "" : clean(a.name() == null ? a.text() : a.name()).toUpperCase(Locale.ROOT));
        c.add(country);
        c.add(group);
        c.add("");
        c.add("");
        c.add("");
        c.add(sector);
        c.add("");
        c.add("");
    }

    private static void emptyGeo(List<String> c) {
        for (int i = 0; i < 8; i++) {
            c.add("");
        }
    }

    private static void actionGeo(List<String> c, Location l) {
        if (l == null) {
            emptyGeo(c);
            return;
        }
        boolean place = l.name() != null && l.lat() != null;
        c.add(place ? "4" : (l.country() != null ? "1" : ""));
        c.add(clean(l.name() != null ? l.name() : l.text()));
        c.add(clean(l.country()));
        c.add("");
        c.add("");
        c.add(l.lat() == null ? "" : Double.toString(l.lat()));
        c.add(l.lon() == null ? "" : Double.toString(l.lon()));
        c.add("");
    }

    /** CAMEO root code 1..20 from the first two digits, or 0 when there is none. */
    static int root(String cameo) {
        if (cameo.length() < 2 || !Character.isDigit(cameo.charAt(0)) || !Character.isDigit(cameo.charAt(1))) {
            return 0;
        }
        int r = Integer.parseInt(cameo.substring(0, 2));
        return r >= 1 && r <= 20 ? r : 0;
    }

    /** GDELT quad classes: verbal cooperation, material cooperation, verbal conflict, material conflict. */
    static int quadClass(int root) {
        if (root <= 5) {
            return 1;
        }
        if (root <= 8) {
            return 2;
        }
        if (root <= 13) {
            return 3;
        }
        return 4;
    }

    /** Tabs and line breaks would break the row. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
