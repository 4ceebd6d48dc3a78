/**
 * Writing a plan (提升服務執行計畫): its tree of dimensions (執行要項), focus areas (執行重點) and measures
 * (推行作法) with responsible units, deadlines and expected benefits; revising, submitting, and the
 * lifecycle that reviews and completions move it through.
 */
package tw.uplift.plan.authoring;
