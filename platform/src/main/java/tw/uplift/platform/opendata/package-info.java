/**
 * Open data as files (開放資料) shared by the services that publish it: the CSV every open-data file is written as
 * ({@link tw.uplift.platform.opendata.OpenDataCsv}) and how such a file is served ({@link
 * tw.uplift.platform.opendata.OpenDataDownloads}: media type, caching, the download's name). What goes in the
 * rows is each service's own; the files are documented in {@code docs/open-data.md}.
 */
package tw.uplift.platform.opendata;
