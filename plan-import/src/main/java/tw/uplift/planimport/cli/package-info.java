/** The preview command: parse a plan file and print it as JSON, no server, no database. */
package tw.uplift.planimport.cli;
