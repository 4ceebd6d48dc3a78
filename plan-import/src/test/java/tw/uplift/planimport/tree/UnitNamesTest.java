package tw.uplift.planimport.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

    @Test
    void unitsNumberedPerMeasure() {
        assertThat(UnitNames.numbered("1.資訊室 2.秘書室")).containsExactly(
                new UnitNames.Numbered("1", "資訊室"), new UnitNames.Numbered("2", "秘書室"));
        assertThat(UnitNames.numbered("(1)行政課、登記課 (2)各課")).containsExactly(
                new UnitNames.Numbered("1", "行政課、登記課"), new UnitNames.Numbered("2", "各課"));
        assertThat(UnitNames.numbered("①推廣課 ②典藏課")).extracting(UnitNames.Numbered::number).containsExactly("1", "2");
        assertThat(UnitNames.numbered("3.資訊室")).containsExactly(new UnitNames.Numbered("3", "資訊室"));
    }

    @Test
    void notNumberedPerMeasure() {
        assertThat(UnitNames.numbered("資訊室 秘書室")).isEmpty();
        assertThat(UnitNames.numbered("1.資訊室 3.秘書室")).as("numbers must follow one another").isEmpty();
        assertThat(UnitNames.numbered("1. 訂定標準作業流程 檢討各課室申辦案件")).as("a measure, not units").isEmpty();
        assertThat(UnitNames.numbered("秘書室 1.資訊室")).isEmpty();
    }
}
