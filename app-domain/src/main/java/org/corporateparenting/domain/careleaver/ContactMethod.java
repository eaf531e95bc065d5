package org.corporateparenting.domain.careleaver;

/** How a personal adviser reached the young person. */
public enum ContactMethod {
    FACE_TO_FACE, PHONE, VIDEO, MESSAGE, EMAIL
}
