package tw.uplift.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads office calendar files: one CSV per year in the columns of the DGPA 政府行政機關辦公日曆表 — {@code 西元日期}
 * (yyyyMMdd), {@code 星期} (一 … 日), {@code 是否放假} (2 day off, 0 working day), {@code 備註} — with every date
 * of the year on its own row, weekends included, as the published file has them. The year is read from the dates,
 * not the file name, so the published file can be dropped in under its own name.
 *
 * <p>Files that ship with the platform ({@value #SHIPPED}) come first; a file for the same year in the configured
 * directory replaces the shipped one, which is how an admin corrects a derived year or adds next year.
 */
public final class OfficeCalendarLoader {

    /** The classpath folder of the shipped years (platform/src/main/resources/office-calendar). */
    public static final String SHIPPED = "office-calendar";

    static final String DATE = "西元日期";
    static final String WEEKDAY = "星期";
    static final String DAY_OFF = "是否放假";
    static final String NOTE = "備註";

    private static final Logger log = LoggerFactory.getLogger(OfficeCalendarLoader.class);
    private static final String WEEKDAYS = "一二三四五六日";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    // No quoting games in these files; trimming forgives the spaces some spreadsheet exports leave.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private OfficeCalendarLoader() {
    }

    /** The shipped years, replaced or extended by the files in {@code directory} (none when it is null). */
    public static OfficeCalendar load(Path directory) {
        Map<Year, CalendarYear> years = new LinkedHashMap<>();
        for (CalendarYear year : readShipped()) {
            years.put(year.year(), year);
        }
        if (directory != null) {
            for (CalendarYear year : readDirectory(directory)) {
                CalendarYear replaced = years.put(year.year(), year);
                if (replaced != null) {
                    log.info("Office calendar {}: {} replaces the shipped {}", year.year(), year.source(), replaced.source());
                }
            }
        }
        log.info("Office calendar years: {}", years.keySet().stream().sorted().toList());
        return new OfficeCalendar(years.values());
    }

    /** The years that ship with the platform. */
    public static List<CalendarYear> readShipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + SHIPPED + "/*.csv");
            List<CalendarYear> years = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    years.add(read("classpath:" + SHIPPED + "/" + file.getFilename(), in));
                }
            }
            return years;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped office calendar", e);
        }
    }

    /** Every {@code *.csv} in {@code directory}; other files (a README) are left alone. Two files of one year fail. */
    public static List<CalendarYear> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new CalendarFileException(directory.toString(), 0,
                    "uplift.calendar.directory is not a directory (set it to an existing folder or leave it unset)");
        }
        Map<Year, CalendarYear> years = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(OfficeCalendarLoader::isCsv).sorted().toList()) {
                CalendarYear year;
                try (InputStream in = Files.newInputStream(file)) {
                    year = read(file.toString(), in);
                }
                CalendarYear other = years.put(year.year(), year);
                if (other != null) {
                    throw new CalendarFileException(file.toString(), 0,
                            "holds " + year.year() + " like " + other.source() + "; keep one file per year");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        return List.copyOf(years.values());
    }

    /** One year's file; {@code source} names it in error messages. */
    public static CalendarYear read(String source, InputStream in) throws IOException {
        String text = decode(source, in.readAllBytes());
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (String column : List.of(DATE, WEEKDAY, DAY_OFF)) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new CalendarFileException(source, 1, "no column " + column + " (the header must read "
                            + String.join(",", DATE, WEEKDAY, DAY_OFF, NOTE) + ")");
                }
            }
            Year year = null;
            Set<LocalDate> seen = new HashSet<>();
            Set<LocalDate> daysOff = new HashSet<>();
            Lines lines = new Lines(text);
            for (CSVRecord row : parser) {
                int line = lines.at(row.getCharacterPosition());
                LocalDate date = date(source, line, row);
                if (year == null) {
                    year = Year.of(date.getYear());
                } else if (date.getYear() != year.getValue()) {
                    throw new CalendarFileException(source, line, date + " is not in " + year + "; one file per year");
                }
                if (!seen.add(date)) {
                    throw new CalendarFileException(source, line, date + " appears twice");
                }
                checkWeekday(source, line, row, date);
                if (dayOff(source, line, row)) {
                    daysOff.add(date);
                }
            }
            if (year == null) {
                throw new CalendarFileException(source, 0, "has no dates");
            }
            checkEveryDate(source, year, seen);
            return new CalendarYear(year, daysOff, source);
        }
    }

    private static boolean isCsv(Path file) {
        return Files.isRegularFile(file) && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** UTF-8 only, with or without the byte-order mark spreadsheet programs write; anything else is refused. */
    private static String decode(String source, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CalendarFileException(source, 0, "is not UTF-8 (a Big5 export? save it as CSV UTF-8)");
        }
    }

    private static LocalDate date(String source, int line, CSVRecord row) {
        String value = value(source, line, row, DATE);
        try {
            return LocalDate.parse(value, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw new CalendarFileException(source, line, DATE + " '" + value + "' is not a date as yyyyMMdd");
        }
    }

    /** The weekday column must agree with the date: a file shifted by a day is caught here, not in a due date. */
    private static void checkWeekday(String source, int line, CSVRecord row, LocalDate date) {
        String value = value(source, line, row, WEEKDAY);
        String expected = String.valueOf(WEEKDAYS.charAt(date.getDayOfWeek().getValue() - 1));
        if (!value.equals(expected)) {
            throw new CalendarFileException(source, line, date + " is a " + date.getDayOfWeek().toString()
                    .toLowerCase(Locale.ROOT) + " (" + expected + "), but " + WEEKDAY + " says '" + value + "'");
        }
    }

    private static boolean dayOff(String source, int line, CSVRecord row) {
        return switch (value(source, line, row, DAY_OFF)) {
            case "2" -> true;
            case "0" -> false;
            default -> throw new CalendarFileException(source, line, DAY_OFF + " '" + row.get(DAY_OFF)
                    + "' is neither 2 (day off) nor 0 (working day)");
        };
    }

    private static String value(String source, int line, CSVRecord row, String column) {
        if (!row.isSet(column) || row.get(column).isEmpty()) {
            throw new CalendarFileException(source, line, "no " + column);
        }
        return row.get(column);
    }

    private static void checkEveryDate(String source, Year year, Set<LocalDate> seen) {
        List<LocalDate> missing = year.atDay(1).datesUntil(year.plusYears(1).atDay(1))
                .filter(day -> !seen.contains(day)).toList();
        if (!missing.isEmpty()) {
            throw new CalendarFileException(source, 0, "lacks " + missing.size() + " dates of " + year + " (first "
                    + missing.getFirst() + "); the file lists every date of the year, weekends included");
        }
    }

    /** The 1-based line a record starts on, for messages an admin can follow in an editor; asked in file order. */
    private static final class Lines {
        private final String text;
        private int position;
        private int line = 1;

        Lines(String text) {
            this.text = text;
        }

        int at(long recordPosition) {
            for (; position < recordPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
