/** The plan as JSON: the preview command's output, and what plan-service can return for an import preview. */
package tw.uplift.planimport.json;
