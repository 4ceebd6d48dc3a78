/** Evidence for measures (佐證資料): files and links of progress reports, and survey results from survey-service. */
package tw.uplift.plan.evidence;
