/** Word .docx input through Apache POI, opened defensively (zip-bomb limits, size caps, no external entities). */
package tw.uplift.planimport.docx;
