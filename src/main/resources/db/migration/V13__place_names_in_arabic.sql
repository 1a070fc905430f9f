-- Province and region names in Arabic too, shown to Arabic readers instead of the Latin names. Existing cities
-- get the Arabic names of Morocco's twelve regions (2015 division) and of the demo's provinces; any other place
-- keeps its Latin name in the Arabic column until an administrator edits the city.
alter table city add column province_ar varchar(120);
alter table city add column region_ar varchar(120);
update city set province_ar = province, region_ar = region;

update city set region_ar = 'طنجة تطوان الحسيمة'
    where region in ('Tanger-Tétouan-Al Hoceïma', 'Tanger-Tetouan-Al Hoceima', 'Tanger-Tétouan-Al Hoceima');
update city set region_ar = 'الشرق' where region in ('Oriental', 'L''Oriental', 'Orientale');
update city set region_ar = 'فاس مكناس' where region in ('Fès-Meknès', 'Fes-Meknes', 'Fez-Meknes');
update city set region_ar = 'الرباط سلا القنيطرة' where region in ('Rabat-Salé-Kénitra', 'Rabat-Sale-Kenitra');
update city set region_ar = 'بني ملال خنيفرة' where region in ('Béni Mellal-Khénifra', 'Beni Mellal-Khenifra');
update city set region_ar = 'الدار البيضاء سطات' where region in ('Casablanca-Settat');
update city set region_ar = 'مراكش آسفي' where region in ('Marrakech-Safi', 'Marrakesh-Safi');
update city set region_ar = 'درعة تافيلالت' where region in ('Drâa-Tafilalet', 'Draa-Tafilalet');
update city set region_ar = 'سوس ماسة' where region in ('Souss-Massa');
update city set region_ar = 'كلميم واد نون' where region in ('Guelmim-Oued Noun');
update city set region_ar = 'العيون الساقية الحمراء'
    where region in ('Laâyoune-Sakia El Hamra', 'Laayoune-Sakia El Hamra');
update city set region_ar = 'الداخلة وادي الذهب' where region in ('Dakhla-Oued Ed-Dahab', 'Dakhla-Oued Ed Dahab');

update city set province_ar = 'طنجة أصيلة' where province = 'Tanger-Assilah';
update city set province_ar = 'فاس' where province in ('Fès', 'Fes');
update city set province_ar = 'مراكش' where province = 'Marrakech';
update city set province_ar = 'الرباط' where province = 'Rabat';
update city set province_ar = 'تطوان' where province in ('Tétouan', 'Tetouan');
update city set province_ar = 'أكادير إداوتنان' where province = 'Agadir-Ida-Outanane';
update city set province_ar = 'وجدة أنكاد' where province = 'Oujda-Angad';

alter table city alter column province_ar set not null;
alter table city alter column region_ar set not null;
