/** What every feature of survey-service shares: field-level domain validation errors. */
package tw.uplift.survey.shared;
