/**
 * The format-neutral view of a document that every reader (text, Markdown, HTML, .docx) produces:
 * numbered lines that are either prose, a table row of cells (each cell a list of paragraphs), or blank.
 * A line that only draws a table's rule ({@link tw.uplift.planimport.source.TableRule}) is none of these.
 */
package tw.uplift.planimport.source;
