package tw.uplift.survey.statistics;

import java.util.List;

/**
 * A scale's internal-consistency reliability (信度): Cronbach's α and an item analysis (項目分析) per item.
 *
 * @param respondents the respondents it is computed from (those who scored every item)
 * @param alpha       Cronbach's α, or null where undefined (see {@link ReliabilitySums#reliability()})
 * @param items       per item, in the scale's order
 */
public record Reliability(long respondents, Double alpha, List<ItemAnalysis> items) {

    /**
     * @param alphaIfDeleted             α of the scale without this item (刪除該題後的α)
     * @param correctedItemTotalCorrelation the correlation of this item with the sum of the other items
     *                                   (修正後項目總分相關); "corrected" because the item is not part of the total
     *                                   it is compared with, which would inflate it
     */
    public record ItemAnalysis(Double alphaIfDeleted, Double correctedItemTotalCorrelation) {
    }

    public Reliability {
        items = List.copyOf(items);
    }
}
