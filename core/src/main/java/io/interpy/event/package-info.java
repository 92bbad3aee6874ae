/**
 * What a pool reports as it runs: a {@link io.interpy.event.PoolListener} and the enums of its events,
 * public so metrics and tracing integrations need nothing from Interpy's internal packages.
 */
package io.interpy.event;
