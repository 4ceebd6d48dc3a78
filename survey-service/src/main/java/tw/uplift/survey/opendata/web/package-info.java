/** The open data's public addresses ({@code /public/surveys/{id}/results.json|csv}, {@code /public/surveys.csv}). */
package tw.uplift.survey.opendata.web;
