package tw.uplift.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeCalendarLoaderTest {

    @Test
    void theShippedYearsLoadWithTheirDaysOff() {
        Map<Year, CalendarYear> shipped = OfficeCalendarLoader.readShipped().stream()
                .collect(Collectors.toMap(CalendarYear::year, Function.identity()));

        // 115年: 104 weekend days and 16 weekday holidays, no make-up workdays.
        assertThat(shipped.get(Year.of(2026)).daysOff()).hasSize(120);
        // 116年 (derived): 104 weekend days and 17 weekday holidays, among them 2027-12-31 for New Year 2028.
        assertThat(shipped.get(Year.of(2027)).daysOff()).hasSize(121);
    }

    @Test
    void theShippedYearsKnowTheirHolidays() {
        OfficeCalendar calendar = OfficeCalendarLoader.load(null);
        assertThat(calendar.knownYears()).contains(Year.of(2026), Year.of(2027));
        assertThat(LocalDate.of(2026, 2, 14).datesUntil(LocalDate.of(2026, 2, 23))).noneMatch(calendar::isWorkingDay);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 27))).isFalse();   // 和平紀念日 補假
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 6, 9))).isFalse();    // 端午節
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 15))).isFalse();   // 中秋節
    }

    @Test
    void theFixtureYearHasItsMakeUpWorkday() {
        CalendarYear year = CalendarFixtures.year2024();
        assertThat(year.year()).isEqualTo(Year.of(2024));
        assertThat(year.daysOff()).hasSize(115).doesNotContain(LocalDate.of(2024, 2, 17));
    }

    @Test
    void aByteOrderMarkIsForgiven() {
        byte[] text = ("\uFEFF" + CalendarFixtures.text2024()).getBytes(StandardCharsets.UTF_8);
        assertThat(CalendarFixtures.read("bom.csv", text).daysOff()).hasSize(115);
    }

    @Test
    void aWeekdayThatDisagreesWithTheDateNamesFileAndLine() {
        String shifted = CalendarFixtures.text2024WithLine(5, "20240104,三,0,");
        assertThatThrownBy(() -> CalendarFixtures.read("113年辦公日曆表.csv", shifted))
                .isInstanceOf(CalendarFileException.class)
                .hasMessage("113年辦公日曆表.csv line 5: 2024-01-04 is a thursday (四), but 星期 says '三'");
    }

    @Test
    void anUnknownDayOffValueNamesTheLine() {
        String text = CalendarFixtures.text2024WithLine(40, "20240208,四,1,調整放假");
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", text))
                .isInstanceOf(CalendarFileException.class)
                .hasMessageStartingWith("2024.csv line 40: 是否放假 '1' is neither 2")
                .satisfies(e -> assertThat(((CalendarFileException) e).line()).isEqualTo(40));
    }

    @Test
    void aBadDateNamesTheLine() {
        String text = CalendarFixtures.text2024WithLine(3, "2024-01-02,二,0,");
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", text))
                .hasMessage("2024.csv line 3: 西元日期 '2024-01-02' is not a date as yyyyMMdd");
    }

    @Test
    void aWrongHeaderIsLineOne() {
        String text = CalendarFixtures.text2024WithLine(1, "Date,星期,是否放假,備註");
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", text))
                .hasMessageStartingWith("2024.csv line 1: no column 西元日期");
    }

    @Test
    void aMissingDateIsNamed() {
        String text = CalendarFixtures.text2024WithLine(3, "");   // 2024-01-02 gone, an empty line left
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", text))
                .hasMessageStartingWith("2024.csv: lacks 1 dates of 2024 (first 2024-01-02)");
    }

    @Test
    void aDateOfAnotherYearIsRefused() {
        String text = CalendarFixtures.text2024() + "20250101,三,2,開國紀念日\n";
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", text))
                .hasMessage("2024.csv line 368: 2025-01-01 is not in 2024; one file per year");
    }

    @Test
    void aFileNotInUtf8IsRefusedPlainly() {
        byte[] big5 = CalendarFixtures.text2024().getBytes(Charset.forName("Big5"));
        assertThatThrownBy(() -> CalendarFixtures.read("2024.csv", big5))
                .hasMessageContaining("2024.csv: is not UTF-8");
    }

    @Test
    void aDirectoryFileReplacesTheShippedYearAndAddsItsOwn(@TempDir Path directory) throws IOException {
        // 2026 replaced by a year with one more day off (a 2 on Friday 2 January); 2024 added.
        String published2026 = Files.readString(Path.of("src/main/resources/office-calendar/2026.csv"))
                .replace("20260102,五,0,", "20260102,五,2,調整放假");
        Files.writeString(directory.resolve("115年中華民國政府行政機關辦公日曆表.csv"), published2026);
        Files.writeString(directory.resolve("2024.csv"), CalendarFixtures.text2024());
        Files.writeString(directory.resolve("README.md"), "not a calendar");

        OfficeCalendar calendar = OfficeCalendarLoader.load(directory);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 17))).isTrue();
        assertThat(calendar.knownYears()).contains(Year.of(2024), Year.of(2026), Year.of(2027));
    }

    @Test
    void twoDirectoryFilesOfOneYearAreRefused(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("a.csv"), CalendarFixtures.text2024());
        Files.writeString(directory.resolve("b.csv"), CalendarFixtures.text2024());
        assertThatThrownBy(() -> OfficeCalendarLoader.readDirectory(directory))
                .isInstanceOf(CalendarFileException.class)
                .hasMessageContaining("b.csv: holds 2024 like ").hasMessageContaining("a.csv");
    }

    @Test
    void aDirectoryThatIsNotThereIsRefused(@TempDir Path directory) {
        assertThatThrownBy(() -> OfficeCalendarLoader.readDirectory(directory.resolve("missing")))
                .isInstanceOf(CalendarFileException.class).hasMessageContaining("is not a directory");
    }

    @Test
    void everyShippedFileListsEveryDate() {
        assertThat(OfficeCalendarLoader.readShipped()).extracting(CalendarYear::year)
                .containsAll(List.of(Year.of(2026), Year.of(2027)));
    }
}
