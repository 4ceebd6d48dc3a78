/**
 * Surveys close themselves at their closing time: a background worker finds the OPEN surveys past it and closes
 * each with its final results, as closing by hand does.
 */
package tw.uplift.survey.closing;
