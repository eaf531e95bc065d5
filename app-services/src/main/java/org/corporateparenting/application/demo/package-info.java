/**
 * A synthetic, clearly fictional council ("Kestrel Vale", local authority code 999) generated from a
 * seed, so demos, tests and benchmarks use the same realistic data and no real child is ever in it.
 * Loaded only when demo mode is on and the database is empty.
 */
package org.corporateparenting.application.demo;
