/**
 * Published report editions: each file kept exactly as published, with who and when, never changed afterwards.
 */
package org.corporateparenting.domain.report;
