/** The leaving-care service's records: personal advisers, contacts, accommodation, activity, plans, OC3 checks. */
package org.corporateparenting.application.careleaver;
