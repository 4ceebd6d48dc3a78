/**
 * Real plan documents of Taiwanese agencies, shipped as resources with the importer: test fixtures of the parser
 * and plan-service, and the demo data of the local run. {@link tw.uplift.planimport.examples.ExamplePlan} reads them.
 */
package tw.uplift.planimport.examples;
