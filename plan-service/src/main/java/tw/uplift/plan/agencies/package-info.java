/** The agencies (機關) this installation serves, with their parent agency and supervising body. */
package tw.uplift.plan.agencies;
