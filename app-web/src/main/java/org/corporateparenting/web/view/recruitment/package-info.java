/** The fostering service's recruitment screens: the pipeline of enquiries and the fostering panel's meetings. */
package org.corporateparenting.web.view.recruitment;
