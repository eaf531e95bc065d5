/**
 * Use-case services: the transaction and role boundary. Each service is a thin stateless bean that
 * checks the caller's role, loads aggregates, applies their rules and returns read models (records),
 * never entities, to the web layer.
 */
package org.corporateparenting.application;
