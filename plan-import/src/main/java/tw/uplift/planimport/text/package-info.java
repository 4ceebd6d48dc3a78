/**
 * Text input: decoding bytes safely (UTF-8, UTF-16 with BOM, Big5 guessed; binary refused) and reading lines of
 * tab-separated or Markdown pipe tables whose cells may hold HTML fragments.
 */
package tw.uplift.planimport.text;
