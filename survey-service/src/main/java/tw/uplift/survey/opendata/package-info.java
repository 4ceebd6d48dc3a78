/**
 * Open data of survey results (滿意度調查結果開放資料): what a CLOSED survey published, as JSON and as tidy CSV, and
 * the year's list of published surveys. Only aggregates leave here, with the small segments withheld
 * ({@link tw.uplift.survey.results.SurveyResults#published()}); never a free-text answer, never anything per
 * respondent. The files are written by platform's {@code OpenDataCsv}; documented in {@code docs/open-data.md}.
 */
package tw.uplift.survey.opendata;
