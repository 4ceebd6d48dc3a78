/**
 * Building the plan tree from a {@link tw.uplift.planimport.source.SourceDocument}: the header sections
 * (依據, 目標, 對象, 督考) and the content table (執行要項 → 執行重點 → 推行作法). Items are recognised by their
 * numbering and content, not only by column, because extraction shifts cells; every guess becomes a warning.
 */
package tw.uplift.planimport.tree;
