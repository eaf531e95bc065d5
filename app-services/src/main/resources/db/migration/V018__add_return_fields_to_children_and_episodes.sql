-- SSDA903 fields kept as loaded so that the return is written back as it was accepted (issue 18): whether the child is
-- a mother and her child's date of birth (MOTHER, MC_DOB), and each episode's home postcode and placement URN
-- (HOME_POST, URN).
alter table child add column mother varchar(1);
alter table child add column mothers_child_born_on date;
alter table episode add column home_postcode varchar(8);
alter table episode add column urn varchar(8);
