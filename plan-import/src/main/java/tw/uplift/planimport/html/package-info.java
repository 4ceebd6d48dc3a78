/** HTML: fragments inside table cells ({@code <p>}, {@code <ol>}, {@code <li>}) and whole HTML documents with tables. */
package tw.uplift.planimport.html;
