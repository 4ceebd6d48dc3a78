/** Corrective actions over HTTP: the API and the pages where an agency answers and a body follows them. */
package tw.uplift.review.corrective.web;
