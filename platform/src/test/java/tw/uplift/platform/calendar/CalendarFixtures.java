package tw.uplift.platform.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Calendar files as the tests need them: the 2024 fixture (a year with 補班), and variations of it. */
final class CalendarFixtures {

    /** 113年 as published: 春節 2024-02-08 … 02-14 and a make-up workday on Saturday 2024-02-17. */
    static final String YEAR_2024 = "/office-calendar-fixtures/2024.csv";

    private CalendarFixtures() {
    }

    static CalendarYear year2024() {
        return read("2024.csv", text2024());
    }

    /** A calendar knowing 2024 only. */
    static OfficeCalendar calendar2024() {
        return new OfficeCalendar(List.of(year2024()));
    }

    static String text2024() {
        try (InputStream in = CalendarFixtures.class.getResourceAsStream(YEAR_2024)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 2024 file with line {@code number} (header = 1) replaced. */
    static String text2024WithLine(int number, String line) {
        List<String> lines = new java.util.ArrayList<>(text2024().lines().toList());
        lines.set(number - 1, line);
        return String.join("\n", lines) + "\n";
    }

    static CalendarYear read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static CalendarYear read(String name, byte[] bytes) {
        try {
            return OfficeCalendarLoader.read(name, new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
