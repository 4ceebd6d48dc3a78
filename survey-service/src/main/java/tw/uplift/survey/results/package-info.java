/** Results: the running aggregate per survey, the statistics read from it, and closing a survey with its results. */
package tw.uplift.survey.results;
