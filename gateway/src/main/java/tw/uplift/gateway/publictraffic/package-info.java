/**
 * Anonymous traffic to the public routes (公開頁面與開放資料, the citizens' survey pages, anonymous API calls): a rate
 * limit per client and a cap on request bodies, applied at the gateway before anything is routed. The services keep
 * their own limits behind it (survey-service's per-client answer limit), so a request that reaches a service directly
 * is still guarded.
 */
package tw.uplift.gateway.publictraffic;
