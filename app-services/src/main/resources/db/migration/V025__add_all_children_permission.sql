-- Need to know (issue 20 item 8): the all-children permission a council may grant a user; without it a user reaches
-- only their team's caseload (NeedToKnow).
alter table app_user add column all_children boolean default false not null;
