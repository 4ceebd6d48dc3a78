/** Time: one injectable clock in Asia/Taipei, which the local run and tests can move forward. */
package tw.uplift.platform.time;
