"""English (Latin-script) actor rules on sentences written for these tests."""
import pytest

from coopnews.actors import StoryExtractor


@pytest.fixture(scope="module")
def ex():
    return StoryExtractor()


def people(ms):
    """The full-name mention of each person (surname references carry the same name)."""
    return {m.name: m for m in ms if m.type == "person" and m.text == m.name}


def orgs(ms):
    return {m.name for m in ms if m.type == "organization"}


# -- people ------------------------------------------------------------------------------------
def test_office_with_commas_then_name(ex):
    p = people(ex.extract("The Minister of Land, Infrastructure and Transport Kim Do-yun met the delegation.", "en"))
    assert set(p) == {"Kim Do-yun"}
    assert p["Kim Do-yun"].role == "Minister" and p["Kim Do-yun"].affiliation == "Land, Infrastructure and Transport"


def test_title_comma_name_with_honorifics(ex):
    p = people(ex.extract("The Governor of Example Region, Prince Dr. Khalid bin Saud, arrived on Monday. "
                          "Later they met the Korean Prime Minister, Dr. Kim Jae-won.", "en"))
    assert set(p) == {"Khalid bin Saud", "Kim Jae-won"}
    assert p["Khalid bin Saud"].role == "Governor" and p["Kim Jae-won"].role == "Prime Minister"


def test_list_of_offices_keeps_each_person_apart(ex):
    p = people(ex.extract("They dined beside Consul General of Japan in Lakeside, Ken Muto, and the Mayor of "
                          "Lakeport, Rob Parris, in July.", "en"))
    assert p["Ken Muto"].role == "Consul General" and p["Rob Parris"].role == "Mayor"


def test_office_body_with_lowercase_title_and_people_committee(ex):
    p = people(ex.extract("The permanent vice-chairman of the People's Committee of Example Province Nguyen "
                          "Van An spoke first.", "en"))
    assert set(p) == {"Nguyen Van An"} and p["Nguyen Van An"].role == "vice-chairman"


def test_office_run_does_not_swallow_the_next_person(ex):
    p = people(ex.extract("Governor Eric J. Holt, Secretary of Commerce Dan Rosen and Example University "
                          "President Lena Okafor joined the call.", "en"))
    assert {k: v.role for k, v in p.items()} == {"Eric J. Holt": "Governor", "Dan Rosen": "Secretary",
                                                  "Lena Okafor": "President"}


def test_words_after_for_name_the_body_not_a_person(ex):
    p = people(ex.extract("She met Anne Morel, president of France's National Centre for Space Studies (CNES).", "en"))
    assert set(p) == {"Anne Morel"}


def test_middle_initial_and_lowercase_role_in_apposition(ex):
    p = people(ex.extract("Susan R. Park, executive vice chairwoman of Northwind Devices, said it would hire.", "en"))
    assert set(p) == {"Susan R. Park"}
    assert p["Susan R. Park"].role == "executive vice chairwoman" and p["Susan R. Park"].affiliation == "Northwind Devices"


def test_attendee_list_with_dotted_affiliation(ex):
    p = people(ex.extract("Guests included Alex Moreno, U.S. Senator for California, and Ana Ruiz, Lieutenant "
                          "Governor of California.", "en"))
    assert p["Alex Moreno"].role == "Senator" and p["Ana Ruiz"].role == "Lieutenant Governor"


def test_foreign_honorific_and_lowercase_title(ex):
    p = people(ex.extract("The trade group's president Datuk Seri Lim Boon Keat led the mission.", "en"))
    assert set(p) == {"Lim Boon Keat"} and p["Lim Boon Keat"].role == "president"


def test_title_to_country_then_camel_case_name(ex):
    p = people(ex.extract("Ambassador to the Philippines MaryKay Doran spoke.", "en"))
    assert set(p) == {"MaryKay Doran"} and p["MaryKay Doran"].role == "Ambassador"


def test_title_before_a_single_surname(ex):
    ms = ex.extract("Governor Chachart (left) and Example Bureau Director Hashimoto (right) signed.", "en")
    p = people(ms)
    assert p["Chachart"].role == "Governor" and p["Hashimoto"].role == "Director"
    assert not [m for m in ms if m.type == "place"]  # a town called like the surname is not a place here


def test_title_before_a_common_word_is_no_person(ex):
    assert not people(ex.extract("The President Will meet them. Governor Young-hee Lim arrived.", "en")).get("Will")


def test_title_fragment_is_never_a_person(ex):
    p = people(ex.extract("Governor Tom O. Hale, Secretary of Commerce Dan Rosen and others met.", "en"))
    assert "Governor Tom O. Hale" not in p and p["Tom O. Hale"].role == "Governor"


def test_person_of_an_organisation(ex):
    ms = ex.extract("Hana Ueda of the Example Manufacturers Association (EMA) called for reform.", "en")
    assert people(ms)["Hana Ueda"].affiliation == "Example Manufacturers Association"
    assert orgs(ms) == {"Example Manufacturers Association"}


def test_honorific_led_span_is_a_person_not_an_organisation(ex):
    ms = ex.extract("They greeted the Minister of Oceans, Fisheries, and Environment, Dr. Min Park, at the port.", "en")
    assert set(people(ms)) == {"Min Park"} and not orgs(ms)


def test_capitalised_particle_at_sentence_start_is_the_same_person(ex):
    ms = ex.extract("Pieter van Rijn, director of launch services at the agency, spoke. Van Rijn said more.", "en")
    assert {m.name for m in ms if m.type == "person"} == {"Pieter van Rijn"}


# -- organisations -----------------------------------------------------------------------------
def test_office_holder_span_gives_the_body(ex):
    ms = ex.extract("Mia Sato, Director of Battery and Grid Storage Strategy Office, spoke. The battery plan grew.", "en")
    assert orgs(ms) == {"Battery and Grid Storage Strategy Office"}


def test_body_named_before_a_person_is_cut_at_the_person(ex):
    ms = ex.extract("Vice Chairman of the Hai Phong City People's Committee Le Quoc Bao welcomed the group.", "en")
    assert orgs(ms) == {"Hai Phong City People's Committee"}
    assert people(ms)["Le Quoc Bao"].role == "Vice Chairman"


def test_government_of_and_embassy_in(ex):
    ms = ex.extract("The fund has support from the Government of Wallonia and KOTRA. Officials of the Example "
                    "Embassy in the Netherlands and the Senate Committee on Public Works attended.", "en")
    assert {"Government of Wallonia", "KOTRA", "Example Embassy in the Netherlands",
            "Senate Committee on Public Works"} <= orgs(ms)


def test_in_ends_a_ministry_name(ex):
    assert orgs(ex.extract("The Ministry of Digital Affairs in Seoul said so.", "en")) == {"Ministry of Digital Affairs"}


def test_split_at_and_the_and_beside_a_company(ex):
    ms = ex.extract("Talks with Kestrel and Norvex Technology Co., Ltd. went well. Funds came from companies "
                    "Nvidia, Amazon, Arm and Softbank Group, Microsoft and others. The Kingdom of Examplia and "
                    "the Seoul Metropolitan Government signed.", "en")
    assert {"Kestrel", "Norvex Technology Co.", "Arm", "Softbank Group", "Seoul Metropolitan Government"} <= orgs(ms)
    assert not any(" and " in o for o in orgs(ms))


def test_subject_word_beside_a_public_body_stays_in_its_name(ex):
    ms = ex.extract("It was organised by the Biotechnology and Pharmaceutical Industries Promotion Office.", "en")
    assert orgs(ms) == {"Biotechnology and Pharmaceutical Industries Promotion Office"}


def test_peoples_committee_keeps_its_possessive(ex):
    ms = ex.extract("The People's Committee of Example Province approved the plant.", "en")
    assert orgs(ms) == {"People's Committee of Example Province"}


def test_number_inside_a_park_name(ex):
    ms = ex.extract("The new plant sits in the Tan Lam 3 Industrial Park.", "en")
    assert orgs(ms) == {"Tan Lam 3 Industrial Park"}


def test_spelled_out_term_after_an_article_is_no_body(ex):
    ms = ex.extract("The firm will build an Outsourced Semiconductor Assembly and Test (OSAT) plant. A second OSAT "
                    "follows. The Satellite Applications Catapult (SAC) joined.", "en")
    assert orgs(ms) == {"Satellite Applications Catapult"}


def test_descriptor_nouns_and_lists_name_companies(ex):
    ms = ex.extract("Brightlane, a Taiwanese AI company, and chipmaker Novachip joined startups such as "
                    "Qubitra, Lumora and Zentrix.", "en")
    assert orgs(ms) == {"Brightlane", "Novachip", "Qubitra", "Lumora", "Zentrix"}


def test_list_items_with_article_and_acronym(ex):
    ms = ex.extract("Delegates came from bodies such as KOTRA, the Vietnamese Embassy in the Netherlands, the "
                    "Example Business Council (EBC), Harta Nasional Berhad, and several firms.", "en")
    assert orgs(ms) == {"KOTRA", "Vietnamese Embassy in the Netherlands", "Example Business Council",
                        "Harta Nasional Berhad"}


def test_city_government_in_lower_case(ex):
    ms = ex.extract("A Kaohsiung government release said the Busan city government agreed.", "en")
    assert {"Kaohsiung government", "Busan city government"} <= orgs(ms)


def test_bare_acronym_is_the_body_that_defines_it(ex):
    ms = ex.extract("The Malaysian Investment Development Authority (MIDA) led. Partners such as MIDA and "
                    "Zentrix Holdings joined.", "en")
    assert {m.key for m in ms if m.type == "organization" and m.text in ("MIDA", "Malaysian Investment Development Authority")} \
        == {"org:malaysian investment development authority"}


# -- places ------------------------------------------------------------------------------------
def places(ms):
    return {(m.text, m.kind) for m in ms if m.type == "place"}


def test_no_place_from_currency_initial_or_agency(ex):
    ms = ex.extract("BEIJING, Sept. 26 (Xinhua) -- It cost US$15 billion, said staff at the Mary W. Jackson building.", "en")
    assert {t for t, _ in places(ms)} <= {"BEIJING"}


def test_hyphenated_participle_keeps_the_place(ex):
    assert ("South Korea", "country") in places(ex.extract("The South Korea-based firm expanded.", "en"))


def test_administrative_word_makes_the_region_for_the_whole_story(ex):
    ms = ex.extract("The plant is in Fukushima prefecture. Fukushima officials welcomed it.", "en")
    assert places(ms) == {("Fukushima", "region")}


def test_surname_reference_is_no_town(ex):
    ms = ex.extract("Iloilo Mayor Andres P. Lima greeted them. Lima said the visit was useful.", "en")
    assert "Lima" not in {t for t, _ in places(ms)}


def test_place_and_body_are_split(ex):
    ms = ex.extract("It links Example Mellon University (EMU) in Pittsburgh and Keio University in Tokyo.", "en")
    assert ("Pittsburgh", "city") in places(ms) and "Keio University" in orgs(ms)


def test_body_before_a_title_is_an_organisation(ex):
    ms = ex.extract("Pacifica Group Chairman Grace Lin spoke.", "en")
    assert orgs(ms) == {"Pacifica Group"} and not places(ms)
    assert people(ms)["Grace Lin"].affiliation == "Pacifica Group"


def test_of_name_then_named_body_are_two(ex):
    ms = ex.extract("The Port of Lakeport and Example Port Authority signed. The Ministry of Trade and Industry agreed.", "en")
    assert orgs(ms) == {"Example Port Authority", "Ministry of Trade and Industry"}


def test_office_for_a_field_needs_no_listed_title(ex):
    p = people(ex.extract("Seoul's Vice Mayor for Digital Affairs Kang Min-seo signed it.", "en"))
    assert set(p) == {"Kang Min-seo"} and p["Kang Min-seo"].role == "Vice Mayor"


def test_end_of_an_office_name_is_no_speaker(ex):
    ms = ex.extract("The Office of the Adviser to the President for Trade and Economic Affairs (OATEA) said so.", "en")
    assert not people(ms)


def test_feature_word_makes_a_venue_not_a_town(ex):
    ms = ex.extract("The forum met at Marina Bay Sands near the Korea Strait.", "en")
    assert not places(ms)


def test_names_with_diacritics_and_family_name_in_capitals(ex):
    p = people(ex.extract("Mayor Nguyễn Văn Được met Governor José García López. Minister KIM Min-ho said it. "
                          '"Good," said TANAKA Taro.', "en"))
    assert set(p) == {"Nguyễn Văn Được", "José García López", "KIM Min-ho", "TANAKA Taro"}


def test_list_without_and_keeps_each_office_with_its_holder(ex):
    p = people(ex.extract("Guests included Alex Moreno, U.S. Senator for California, Ana Ruiz, Lieutenant "
                          "Governor of California, and Mia Sato, Director of the Example Office.", "en"))
    assert {k: v.role for k, v in p.items()} == {"Alex Moreno": "Senator", "Ana Ruiz": "Lieutenant Governor",
                                                  "Mia Sato": "Director"}


def test_office_holder_after_a_ministry_and_a_listed_title_of_the_next_person(ex):
    ms = ex.extract("They met the head of the planning division of the Ministry of the Interior and Kingdom "
                    "Relations Pieter de Wit, Lakeport Deputy Mayor Gary Miller, and others.", "en")
    p = people(ms)
    assert orgs(ms) == {"Ministry of the Interior and Kingdom Relations"}
    assert p["Pieter de Wit"].affiliation == "Ministry of the Interior and Kingdom Relations"
    assert p["Gary Miller"].role == "Deputy Mayor" and p["Pieter de Wit"].role == ""


def test_bare_list_only_after_a_company_noun(ex):
    ms = ex.extract("The board members Tom Reyes and Ana Lima voted. Chip companies Zentrix and Lumora grew.", "en")
    assert orgs(ms) == {"Zentrix", "Lumora"}


def test_in_the_ends_a_name_and_each_stretch_is_read(ex):
    ms = ex.extract("A pact between the Lakeport Municipality in the Kingdom of Examplia and the Seoul Metropolitan "
                    "Government in the Republic of Korea. It is the third of the Example-Harris Administration's "
                    "and Japan's May 2022 plans.", "en")
    assert orgs(ms) == {"Lakeport Municipality", "Seoul Metropolitan Government", "Example-Harris Administration"}


# -- generalisation patterns (actors-2) ---------------------------------------------------------
def test_double_barrelled_surname_and_regional_marshal(ex):
    p = people(ex.extract("Harbour Deputy Mayor Agata Zielińska-Kowal met them. Marshal Tomasz Wierzba "
                          "told the visitors the park had sites. Ms. Zielińska-Kowal agreed.", "en"))
    assert set(p) == {"Agata Zielińska-Kowal", "Tomasz Wierzba"}
    assert p["Tomasz Wierzba"].role == "Marshal"


def test_official_name_with_comma_fields(ex):
    o = orgs(ex.extract("The Land Ministry for Economic Affairs, Labour and Transport will fund the line.", "en"))
    assert o == {"Land Ministry for Economic Affairs, Labour and Transport"}


def test_company_by_maker_noun_and_which_makes(ex):
    o = orgs(ex.extract("Korean drone maker Aerolumo will open a plant in Ulsan. It buys from Pelvanta, which "
                        "makes battery separators. Busan, which hosts the fair, agreed.", "en"))
    assert o == {"Aerolumo", "Pelvanta"}


def test_acronym_before_city_is_a_body_not_the_city(ex):
    ms = ex.extract("A researcher from TU Dresden joined the team. Visitors came to XYZ Hannover, the big "
                    "machine trade fair.", "en")
    assert orgs(ms) == {"TU Dresden"}
    assert "Dresden" not in {m.name for m in ms if m.type == "place"}


def test_deputy_director_general_before_honorific_and_initial(ex):
    p = people(ex.extract("Deputy Director General Dr. Ana Lucia T. Ramos signed the letter.", "en"))
    assert set(p) == {"Ana Lucia T. Ramos"} and p["Ana Lucia T. Ramos"].role == "Deputy Director General"


def test_lower_case_office_with_field_then_name_between_commas(ex):
    p = people(ex.extract("The agency's director for international cooperation, Seo Min-ji, signed it.", "en"))
    assert set(p) == {"Seo Min-ji"} and p["Seo Min-ji"].role == "director for international cooperation"


def test_promotion_agency_named_after_a_place(ex):
    ms = ex.extract("Business Finland and InvestHK fund the programme with a bank in Norway.", "en")
    assert orgs(ms) == {"Business Finland", "InvestHK"}
    assert {m.name for m in ms if m.type == "place"} == {"Norway"}


def test_east_asian_name_shape_without_title_not_in_credits(ex):
    p = people(ex.extract("Seo Ha-eun, who leads the pilot team, spoke first. (Photo: Lee Jun-seo) The venue was "
                          "the Kim Dae-jung Convention Center.", "en"))
    assert set(p) == {"Seo Ha-eun"}


def test_two_family_names_referred_to_together(ex):
    ms = ex.extract("The deal was signed by Juan Carlos Medina Toledo, head of the agency. Later, Medina "
                    "Toledo visited the port.", "en")
    assert {m.name for m in ms if m.type == "place"} == set()
    assert {m.name for m in ms if m.type == "person"} == {"Juan Carlos Medina Toledo"}


def test_field_list_after_of_and_a_possessive_owner_after_and(ex):
    o = orgs(ex.extract("The lab works with Hanbit University and Korea's Institute of Information and "
                        "Communications Technology on radio links.", "en"))
    assert o == {"Hanbit University", "Institute of Information and Communications Technology"}


def _org_keys(ms):
    return {m.key for m in ms if m.type == "organization"}


def test_acronym_spelling_a_full_name_is_one_body(ex):
    ms = ex.extract("The Korea AeroSpace Administration signed the letter. KASA will send engineers.", "en")
    assert len(_org_keys(ms)) == 1


def test_or_acronym_teaches_the_alias(ex):
    ms = ex.extract("The Gyeonggi Business Agency, or GBA, opened an office. GBA said it would hire.", "en")
    org_ms = [m for m in ms if m.type == "organization"]
    assert len(_org_keys(ms)) == 1 and len(org_ms) == 2 and org_ms[1].text == "GBA"


def test_well_known_full_name_joins_the_short_name(ex):
    ms = ex.extract("KOTRA (Korea Trade-Investment Promotion Agency) opened a desk. Later the Korea "
                    "Trade-Investment Promotion Agency said it would hire.", "en")
    assert len(_org_keys(ms)) == 1


def test_arabic_al_family_name_alone_is_a_person(ex):
    ms = ex.extract("The talks included Sheikha Mariam Al-Haddad and Rashid bin Omar Al-Sayegh. Visit "
                    "Al-Ula was the slogan.", "en")
    assert set(people(ms)) == {"Mariam Al-Haddad", "Rashid bin Omar Al-Sayegh"}


def test_country_currency_is_no_place(ex):
    ms = ex.extract("The plant cost 900 million Taiwan dollars. Singapore won the bid.", "en")
    assert {m.name for m in ms if m.type == "place"} == {"Singapore"}


@pytest.mark.parametrize("text,names", [
    ("The team will visit the Nordic Space Research and Technology Centre (NSTC) on Thursday.",
     {"Nordic Space Research and Technology Centre"}),
    ("The Korea Institute of Science and Technology and Pusan National University signed the pact.",
     {"Korea Institute of Science and Technology", "Pusan National University"}),
    ("Counterpoint Research and Example Technology Centre published the data.",
     {"Counterpoint Research", "Example Technology Centre"}),
])
def test_and_between_two_fields_joins_one_name(ex, text, names):
    ms = ex.extract(text, "en")
    assert {m.name for m in ms if m.type == "organization"} == names


@pytest.mark.parametrize("text,names", [
    ("Jane Doe, head of the Silicon Fjord industry association, welcomed the decision.", {"Silicon Fjord"}),
    ("Officials of the South Korean trade ministry attended the forum.", set()),
    ("Members of the Busan startup association attended the forum.", set()),
])
def test_the_name_before_a_lower_case_body_noun_is_that_body(ex, text, names):
    assert {m.name for m in ex.extract(text, "en") if m.type == "organization"} == names
