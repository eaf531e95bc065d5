package org.corporateparenting.application.demo;

import java.util.List;

/** Name and place lists for the fictional council. Postcode area KV does not exist in the UK. */
final class DemoNames {

    static final List<String> BOYS = List.of("Oliver", "Noah", "Leo", "Jack", "Harry", "Alfie", "Charlie",
            "Theo", "Archie", "Freddie", "Mohammed", "Tyler", "Kai", "Reuben", "Ezra", "Dylan", "Kacper",
            "Ahmed", "Jayden", "Finley", "Callum", "Riley", "Mason", "Ollie");
    static final List<String> GIRLS = List.of("Olivia", "Amelia", "Isla", "Ava", "Ivy", "Freya", "Lily",
            "Florence", "Mia", "Willow", "Rosie", "Sophia", "Aisha", "Maya", "Zara", "Layla", "Ruby",
            "Chloe", "Nadia", "Poppy", "Evie", "Hannah", "Leah", "Amira");
    static final List<String> SURNAMES = List.of("Ashdown", "Brackley", "Carrow", "Dunmore", "Ellery",
            "Fairweather", "Gorringe", "Hallam", "Inchbold", "Jessop", "Kettering", "Lowther", "Marchbank",
            "Nettleford", "Oakshott", "Penhallow", "Quarrie", "Rendle", "Saltmarsh", "Thackwell", "Underhill",
            "Vellacott", "Wimbush", "Yarwood", "Abara", "Bello", "Chaudhry", "Da Silva", "Eze", "Farouk",
            "Horvath", "Kowalczyk", "Nowak", "Okafor", "Rahman", "Singh");
    static final List<String> ADVISERS = List.of("Priya Marchant", "Tom Okoro", "Helen Fairbairn",
            "Sam Whitlock", "Joanne Pryce", "Daniel Achebe");
    static final List<String> DISTRICTS = List.of("KV1", "KV2", "KV3", "KV4", "KV5", "KV6", "KV7", "KV8", "KV9");

    private DemoNames() {
    }
}
