/**
 * Plan import: turns an agency's 提升服務執行計畫 document (text extracted from a PDF, Markdown,
 * HTML or a Word .docx) into an {@link tw.uplift.planimport.model.ImportedPlan}. Entry point:
 * {@link tw.uplift.planimport.PlanImporter}. Plain Java, no Spring.
 */
package tw.uplift.planimport;
