package org.polevents.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first date expression in a sentence and resolves it. Stateless and thread-safe.
 * Month-day dates without a year take the year that puts them on or before publication (plus a
 * week, for announced plans); weekday names take the latest such day on or before publication.
 */
public final class DateResolver {
    private static final String MONTH = "(jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
            + "june?|july?|aug(?:ust|\\.)?|sep(?:tember|t\\.|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4}))?(?![\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_MONTH = Pattern.compile(
            "\\b(?:in|since|during|until|by|early|late|mid-?|last|this|next)\\s+" + MONTH + "\\b(?!\\s+\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|since|during|until|by|of|early|late|mid-?|throughout)\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on\\s+|last\\s+|this\\s+past\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today|tonight|tomorrow|last week|"
            + "this week|next week|last month|this month|earlier this month|later this month|next month|last year|"
            + "this year|earlier this year|next year|last summer|last spring|last winter|last autumn|last fall)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    /** The date of an event reported in {@code sentence}; published may be null. */
    public EventDate resolve(String sentence, LocalDate published) {
        Best best = new Best();
        Matcher m = MONTH_DAY.matcher(sentence);
        while (m.find()) {
            // "May 2024" is month-year, not May 20: require the day to be a plausible day
            int day = Integer.parseInt(m.group(2));
            if (day >= 1 && day <= 31) {
                best.offer(m.start(), dayDate(month(m.group(1)), day, m.group(3), published));
                break;
            }
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            best.offer(m.start(), dayDate(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), published));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            best.offer(m.start(), new EventDate(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString(),
                    "month"));
        }
        m = IN_MONTH.matcher(sentence);
        if (m.find() && published != null) {
            int mo = month(m.group(1));
            String w = m.group().toLowerCase(Locale.ROOT);
            int year = published.getYear();
            if (w.startsWith("next")) {
                year = mo > published.getMonthValue() ? year : year + 1;
            } else if (!w.startsWith("this") && mo > published.getMonthValue()) {
                year--;
            }
            best.offer(m.start(), new EventDate(YearMonth.of(year, mo).toString(), "month"));
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            best.offer(m.start(1), new EventDate(m.group(1), "year"));
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find() && published != null) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published;
            while (d.getDayOfWeek() != dow) {
                d = d.minusDays(1);
            }
            best.offer(m.start(), new EventDate(d.toString(), "day"));
        }
        m = RELATIVE.matcher(sentence);
        if (m.find() && published != null) {
            best.offer(m.start(), relative(m.group(1).toLowerCase(Locale.ROOT), published));
        }
        return best.date == null ? EventDate.UNKNOWN : best.date;
    }

    private static EventDate relative(String w, LocalDate p) {
        return switch (w) {
            case "yesterday" -> new EventDate(p.minusDays(1).toString(), "day");
            case "today", "tonight" -> new EventDate(p.toString(), "day");
            case "tomorrow" -> new EventDate(p.plusDays(1).toString(), "day");
            case "last week" -> new EventDate(YearMonth.from(p.minusWeeks(1)).toString(), "month");
            case "this week" -> new EventDate(YearMonth.from(p).toString(), "month");
            case "next week" -> new EventDate(YearMonth.from(p.plusWeeks(1)).toString(), "month");
            case "last month" -> new EventDate(YearMonth.from(p).minusMonths(1).toString(), "month");
            case "this month", "earlier this month", "later this month" -> new EventDate(YearMonth.from(p).toString(),
                    "month");
            case "next month" -> new EventDate(YearMonth.from(p).plusMonths(1).toString(), "month");
            case "last year" -> new EventDate(Integer.toString(p.getYear() - 1), "year");
            case "this year", "earlier this year" -> new EventDate(Integer.toString(p.getYear()), "year");
            case "next year" -> new EventDate(Integer.toString(p.getYear() + 1), "year");
            // "last summer" said in March is the previous year's summer; said in October, this year's
            case "last summer" -> new EventDate(Integer.toString(p.getMonthValue() >= 9 ? p.getYear() : p.getYear() - 1),
                    "year");
            default -> new EventDate(Integer.toString(p.getMonthValue() >= 6 ? p.getYear() : p.getYear() - 1), "year");
        };
    }

    private static EventDate dayDate(int month, int day, String year, LocalDate published) {
        try {
            if (year != null) {
                return new EventDate(LocalDate.of(Integer.parseInt(year), month, day).toString(), "day");
            }
            if (published == null) {
                return EventDate.UNKNOWN;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published.plusDays(7))) {
                d = d.minusYears(1);
            }
            return new EventDate(d.toString(), "day");
        } catch (java.time.DateTimeException e) {
            return EventDate.UNKNOWN;
        }
    }

    private static int month(String word) {
        return MONTHS.get(word.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    /** Keeps the earliest expression in the sentence; later ones usually date background. */
    private static final class Best {
        int at = Integer.MAX_VALUE;
        EventDate date;

        void offer(int position, EventDate d) {
            if (d != null && d.value() != null && position < at) {
                at = position;
                date = d;
            }
        }
    }
}
