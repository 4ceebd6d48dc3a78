/** Courtesy tests over HTTP: the staff API ({@code /api/courtesy-tests}) and pages ({@code /surveys/courtesy-tests}). */
package tw.uplift.survey.courtesy.web;
