package org.polevents.extract.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polevents.contracts.PoliticalEvent;
import org.polevents.contracts.SegmentBatch;

class EventCoderTest {
    static EventCoder coder;

    @BeforeAll
    static void load() {
        coder = EventCoder.load();
    }

    static List<PoliticalEvent> code(String... paragraphs) {
        return coder.code(Articles.of("t1", "2025-03-12T10:00:00Z", paragraphs));
    }

    static PoliticalEvent only(String sentence) {
        List<PoliticalEvent> events = code(sentence);
        assertThat(events).as("events of: " + sentence).hasSize(1);
        return events.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            French President Emmanuel Macron met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.|CONSULT|FRA|JPN
            The Turkish foreign minister paid a visit to Baghdad last week.|CONSULT|TUR|IRQ
            The European Union imposed fresh sanctions on Venezuela over the disputed vote.|SANCTION|-|VEN
            Israeli warplanes carried out air strikes on Hezbollah positions overnight.|ASSAULT|ISR|LBN
            Amnesty International called on Egypt to free jailed journalists.|REQUEST|-|EGY
            Canada condemned the execution of two activists by Iran.|ACCUSE|CAN|IRN
            Turkish police detained 40 protesters in Istanbul on Saturday.|COERCE|TUR|TUR
            Germany deported 28 Afghan convicts to Kabul.|COERCE|DEU|AFG
            Venezuela released six American prisoners after talks with a U.S. envoy.|CONCEDE|VEN|USA
            Ukraine accused Russia of shelling a hospital in Kharkiv.|ACCUSE|UKR|RUS
            The Kremlin rejected the proposal from Brussels.|REJECT|RUS|-
            Japan pledged $500 million in aid to Kenya.|AGREE|JPN|KEN
            Serbia agreed with Kosovo on a new border crossing.|AGREE|SRB|XKX
            Indian troops were deployed along the border with China.|MOBILIZE|IND|-
            Ethiopian forces launched a renewed offensive against Eritrea.|ASSAULT|ETH|ERI
            Kenya's foreign minister spearheaded negotiations with Ethiopia over the dam.|CONSULT|KEN|ETH
            India and Pakistan exchanged fire along the Line of Control.|ASSAULT|IND|PAK
            Russia and Ukraine exchanged prisoners on Friday.|CONCEDE|RUS|UKR
            South Africa filed a genocide case against Israel at the International Court of Justice.|ACCUSE|ZAF|ISR
            Britain recalled its ambassador from Moscow.|SANCTION|GBR|RUS
            The junta in Mali expelled French troops.|COERCE|MLI|FRA
            Officials from Qatar met Hamas leaders in Doha.|CONSULT|QAT|PSE
            The Pentagon announced a new $425 million military aid package for Ukraine.|AID|USA|UKR
            Police arrested dozens of opposition supporters in Dhaka after the election.|COERCE|BGD|BGD
            Rebels seized the town of Goma in eastern Congo.|ASSAULT|COD|COD
            Israeli forces raided the Jenin refugee camp, the Palestinian health ministry said.|COERCE|ISR|PSE
            Russian drones struck Ukraine's energy infrastructure overnight.|ASSAULT|RUS|UKR
            Kenyan police fired tear gas at demonstrators in Nairobi.|COERCE|KEN|KEN
            Thai and Cambodian troops clashed along the disputed border.|ASSAULT|THA|KHM
            Erdogan called Putin to discuss the grain deal.|CONSULT|TUR|RUS
            Poland closed its border with Belarus.|SANCTION|POL|BLR
            The EU agreed a 16th package of sanctions against Russia.|SANCTION|-|RUS
            Washington announced $2 billion in military assistance to Kyiv.|AID|USA|UKR
            Germany expelled two Russian diplomats accused of spying.|SANCTION|DEU|RUS
            The United States and the Philippines began joint military exercises.|COOPERATE|USA|PHL
            China conducted military drills around Taiwan on Monday.|MOBILIZE|CHN|-
            Trump imposed 50% tariffs on Indian goods.|SANCTION|USA|IND
            Japan lodged a protest with China over the detention of a Japanese citizen.|ACCUSE|JPN|CHN
            Israel killed Hezbollah commander Fuad Shukr in an airstrike on Beirut.|ASSAULT|ISR|LBN
            Workers went on strike in Lagos to protest fuel price rises.|PROTEST|NGA|NGA
            The opposition boycotted the elections in Venezuela.|PROTEST|VEN|VEN
            Trump announced a pause in military aid to Ukraine.|SANCTION|USA|UKR
            The Taliban freed a British couple detained since February.|CONCEDE|AFG|GBR
            Egypt condemned the expulsion of Palestinians from the West Bank by Israel.|ACCUSE|EGY|ISR
            Jordan condemned the eviction of families from East Jerusalem.|ACCUSE|JOR|-
            Settlers attacked a village in the West Bank.|ASSAULT|ISR|PSE
            Government forces in Sudan shelled residential areas of Omdurman.|ASSAULT|SDN|SDN
            Russian missiles hit hospitals in Kharkiv.|ASSAULT|RUS|UKR
            The Chinese embassy in Manila lodged a complaint over the Philippine statement.|ACCUSE|CHN|PHL
            Rwanda has been backing the M23 rebels in eastern Congo, according to UN experts.|AID|RWA|COD
            The rebels, whom Iran has been supporting for a decade, seized the port.|AID|IRN|-
            Amnesty voiced concern over the forced return of Syrian refugees from Lebanon.|ACCUSE|-|LBN
            Over 130 organizations sent a letter to Congress urging lawmakers to reject the bill.|REQUEST|-|USA
            Zelensky said he hoped that Germany would provide Taurus missiles to Ukraine.|REQUEST|UKR|DEU
            Moscow has aligned with the criticism against the Taliban's treatment of women.|ACCUSE|RUS|AFG
            Turkish officials took part in the talks with Syria in Ankara.|CONSULT|TUR|SYR
            The EU foreign policy chief stressed the need for Israel to allow aid into Gaza.|REQUEST|-|ISR
            Venezuelan opposition leaders were invited to the summit in Lima.|REQUEST|PER|VEN
            Russian central bank assets frozen in Belgium could be used to rebuild Ukraine.|SANCTION|BEL|RUS
            Iran's role in supplying drones to Russian forces drew new sanctions.|AID|IRN|RUS
            Protests erupted following the Venezuelan refusal to recognise the Guyanese election.|REJECT|VEN|GUY
            The Trump administration's maximum pressure campaign against Iran continued.|SANCTION|USA|IRN
            The IMF decided to unlock Argentine funds in March.|AID|-|ARG
            Beijing called the American arms sale to Taiwan a serious provocation.|ACCUSE|CHN|USA
            The Kenyan president described Ethiopia's offer as a positive step.|SUPPORT|KEN|ETH
            """)
    void codesEachTriggerFamily(String sentence, String type, String source, String target) {
        List<PoliticalEvent> events = code(sentence);
        assertThat(events).as(sentence).isNotEmpty();
        PoliticalEvent e = events.get(0);
        assertThat(e.type()).isEqualTo(type);
        if (!source.equals("-")) {
            assertThat(e.source()).isNotNull();
            assertThat(e.source().country()).isEqualTo(source);
        }
        if (!target.equals("-")) {
            assertThat(e.target()).isNotNull();
            assertThat(e.target().country()).isEqualTo(target);
        }
        assertThat(PloverTypes.ALL).contains(e.type());
    }

    @Test
    void aBodyLedBySomeoneIsOfTheirCountryAndKind() {
        PoliticalEvent e = only("A delegation headed by a leading Islamic scholar from Pakistan met TTP leaders in Kabul.");
        assertThat(e.source().country()).isEqualTo("PAK");
        assertThat(e.source().sector()).isEqualTo("REL");
        PoliticalEvent led = only("Afghan women called on a committee led by the OIC to investigate the decrees.");
        assertThat(led.target().org()).isEqualTo("OIC");
    }

    @Test
    void aLetterAsksItsAddresseeNotWhoeverItMentions() {
        PoliticalEvent e = only("A group of senators wrote a letter to the Pentagon urging it to suspend arms sales to Israel.");
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.source().sector()).isEqualTo("LEG");
        assertThat(e.target().country()).isEqualTo("USA");
        assertThat(e.target().sector()).isEqualTo("MIL");
    }

    @Test
    void hopingSomeoneWillActIsAnAppealNotTheirAct() {
        PoliticalEvent e = only("The rebel leader says he hopes the new US administration will support the resistance.");
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.target().country()).isEqualTo("USA");
    }

    @Test
    void militaryEngagementIsNoConsultation() {
        assertThat(code("The country that engaged militarily in Afghanistan must pay for its reconstruction."))
                .extracting(PoliticalEvent::type).doesNotContain("CONSULT");
    }

    @Test
    void aSentenceContinuingThePreviousEventSharesItsSource() {
        List<PoliticalEvent> events = code("Indian Foreign Minister S. Jaishankar visited Moscow on Monday. "
                + "The visit came amid talks with Chinese officials on the border dispute.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).source().country()).isEqualTo("IND");
        assertThat(events.get(1).target().country()).isEqualTo("CHN");
    }

    @Test
    void reducedPassiveWithAPlaceIsPassive() {
        assertThat(code("Two journalists detained in Cairo were released on Monday.")).isEmpty();
    }

    @Test
    void backingAnotherPartysStanceCodesTheStanceToo() {
        List<PoliticalEvent> events = code("The United States welcomed Iran's release of two French citizens.");
        assertThat(events).extracting(PoliticalEvent::type).containsExactly("SUPPORT", "CONCEDE");
        assertThat(events.get(1).source().country()).isEqualTo("IRN");
        assertThat(events.get(1).target().country()).isEqualTo("FRA");
    }

    @Test
    void anEventNamedByNounIsAReferenceToTheSameEventToldByVerb() {
        List<PoliticalEvent> events = code("Qatar appears to support negotiations between Hamas and Israel.",
                "Israel is now negotiating with Hamas over a ceasefire.");
        assertThat(events).filteredOn(e -> e.type().equals("CONSULT")).hasSize(1)
                .allSatisfy(e -> assertThat(e.evidence().text()).startsWith("Israel is now negotiating"));
    }

    @Test
    void adverbialTimeIsNoPartOfTheSubject() {
        PoliticalEvent e = only("On several occasions Egyptian Foreign Minister Badr Abdelatty rejected the claims.");
        assertThat(e.type()).isEqualTo("REJECT");
        assertThat(e.source().country()).isEqualTo("EGY");
    }

    @Test
    void aLawmakersColleaguesAreLawmakersOfHerCountry() {
        PoliticalEvent e = only("Rep. Ilhan Omar blasted her colleagues who voted for the bill.");
        assertThat(e.type()).isEqualTo("ACCUSE");
        assertThat(e.target().country()).isEqualTo("USA");
        assertThat(e.target().sector()).isEqualTo("LEG");
    }

    @Test
    void theCourtIsTheCourtNamedBeforeAndItIssuesTheWarrants() {
        List<PoliticalEvent> events = code("Hungary said it would leave the International Criminal Court. "
                + "Budapest criticised the court over warrants issued last year for the arrest of Israeli Prime "
                + "Minister Benjamin Netanyahu and former Israeli Defense Minister Yoav Gallant.");
        List<PoliticalEvent> arrests = events.stream().filter(e -> e.type().equals("COERCE")).toList();
        assertThat(arrests).hasSize(2).allSatisfy(e -> {
            assertThat(e.source().org()).isEqualTo("ICC");
            assertThat(e.target().country()).isEqualTo("ISR");
        });
    }

    @Test
    void anAppositionIsNoSecondTarget() {
        List<PoliticalEvent> events = code("Sergei Lavrov met with Amir Khan Muttaqi, the Taliban's foreign minister, in Moscow.");
        assertThat(events).hasSize(1);
    }

    @Test
    void aGerundSubjectIsNoIntroductoryPhrase() {
        assertThat(code("Insisting on a clean break with Russia compromises Belarus' policy of balancing East and West."))
                .isEmpty();
    }

    @Test
    void forceIsNotUsedAgainstAnAbstraction() {
        assertThat(code("The Taliban targeted women's education and freedom of movement."))
                .extracting(PoliticalEvent::type).doesNotContain("ASSAULT");
    }

    @Test
    void blamingOneThenAnotherIsTwoAccusations() {
        List<PoliticalEvent> events = code("Russian prosecutors first blamed Ukraine but later said the attack was the "
                + "work of the Islamic State.");
        assertThat(events).extracting(e -> e.target().org() != null ? e.target().org() : e.target().country())
                .containsExactly("UKR", "IS");
    }

    @Test
    void twoActsOfOneTypeAreTwoEventsAndThemIsThePeopleActedUpon() {
        List<PoliticalEvent> events = code("Pakistani police detained six Afghan asylum seekers accepted by Germany "
                + "and deported them to Afghanistan.");
        assertThat(events).extracting(PoliticalEvent::cameo).containsExactly("173", "174");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.target().country()).isEqualTo("AFG");
            assertThat(e.target().sector()).isEqualTo("REF");
        });
    }

    @Test
    void meetingAndHoldingTalksIsOneMeeting() {
        assertThat(code("Lavrov met Wang Yi in Beijing and held talks on Ukraine."))
                .filteredOn(e -> e.type().equals("CONSULT")).hasSize(1);
    }

    @Test
    void aCampaignNamedAgainLaterIsCodedOnce() {
        List<PoliticalEvent> events = code("The Western pressure campaign against Belarus has failed.",
                "Minsk drifted toward Moscow to escape a Western pressure campaign against Minsk.");
        assertThat(events).filteredOn(e -> e.type().equals("SANCTION")).hasSize(1);
    }

    @Test
    void twoAgentsInTouchWithOneCounterpartAreTwoContacts() {
        List<PoliticalEvent> events = code("The German government says it is in close contact with Pakistani authorities.",
                "The ministry added that the German embassy in Islamabad is in close contact with Pakistani authorities.");
        assertThat(events).filteredOn(e -> e.type().equals("CONSULT")).hasSize(2);
    }

    @Test
    void theMeansOfAnActAreUsedByItsAgent() {
        PoliticalEvent e = code("Israel's campaign against Hamas through air strikes on Gaza continued.").stream()
                .filter(x -> x.type().equals("ASSAULT")).findFirst().orElseThrow();
        assertThat(e.source().country()).isEqualTo("ISR");
        assertThat(e.target().country()).isEqualTo("PSE");
    }

    @Test
    void theseCountriesAreTheCountriesNamedBefore() {
        List<PoliticalEvent> events = code("Sudanese activists called on the leaders of African countries to act. "
                + "The activists expressed regret over the silence of these countries.");
        PoliticalEvent regret = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
        assertThat(regret.target().name()).isEqualTo("the leaders of African countries");
    }

    @Test
    void invitingAThingIsNoRequest() {
        assertThat(code("The policy invites a wide range of Russian retaliatory moves against Minsk."))
                .extracting(PoliticalEvent::type).doesNotContain("REQUEST");
        assertThat(only("Egypt invited Hamas leaders to talks in Cairo.").type()).isEqualTo("REQUEST");
    }

    @Test
    void condemningAnAttackDoesNotAccuseItsVictim() {
        assertThat(code("Activists condemned the recent attack on the country's nuclear facility."))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo("ACCUSE"));
        PoliticalEvent e = code("Egypt condemned Israeli air strikes on Gaza.").get(0);
        assertThat(e.type()).isEqualTo("ACCUSE");
        assertThat(e.target().country()).isEqualTo("ISR");
    }

    @Test
    void anEventNounsTargetIsNotInTheSentencesPredicate() {
        assertThat(code("The regime's collapse, and Moscow's refusal to intervene, offers the West a lesson."))
                .noneSatisfy(e -> assertThat(e.target()).isNotNull());
    }

    @Test
    void anAgentlessSanctionIsTheArticlesSanctioners() {
        List<PoliticalEvent> events = code("The European Union imposed sanctions on Russia in March.",
                "Belarus was also sanctioned in April.");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).source().org()).isEqualTo("EU");
        assertThat(events.get(1).target().country()).isEqualTo("BLR");
    }

    @Test
    void twoActsOfCooperationInOneSentenceAreTwoEventsAndTheCountryInvestedInIsTheTarget() {
        List<PoliticalEvent> events = code("No state has gone further than Qatar, which has exchanged ambassadors with "
                + "Sudan and has started investing in the country.");
        assertThat(events).extracting(PoliticalEvent::cameo).containsExactly("060", "061");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.source().text()).isEqualTo("Qatar");
            assertThat(e.target().country()).isEqualTo("SDN");
        });
    }

    @Test
    void membersOfACountedGroupNamedInTheNextSentenceShareItsEvents() {
        List<PoliticalEvent> events = code("Chile and two other states condemned Venezuela. Those states were Peru and Colombia.");
        assertThat(events).extracting(e -> e.source().country()).containsExactly("CHL", "PER", "COL");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("ACCUSE");
            assertThat(e.target().country()).isEqualTo("VEN");
        });
        assertThat(events.get(1).evidence().text())
                .isEqualTo("Chile and two other states condemned Venezuela. Those states were Peru and Colombia.");
        assertThat(events.get(1).evidence().start()).isEqualTo(0);
    }

    @Test
    void aSentenceThatSaysMoreAboutACountedGroupNamesNoMembers() {
        assertThat(code("Chile and two other states condemned Venezuela. Those states were quick to act, unlike Peru."))
                .hasSize(1);
    }

    @Test
    void attendingAConferenceMeetsTheConvenerOfTheMeetingJustNamed() {
        List<PoliticalEvent> events = code("Nepal sent a delegation to a UN meeting in Geneva. "
                + "Its diplomats attended the health conference as observers.");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo("CONSULT");
        assertThat(events.get(0).source().country()).isEqualTo("NPL");
        assertThat(events.get(0).target().org()).isEqualTo("UN");
        assertThat(code("Nepal opened a hospital in Geneva. Its diplomats attended the health conference as observers."))
                .isEmpty();
    }

    @Test
    void leavingADealTurnsAwayFromItsOtherPartyNamedByBetween() {
        PoliticalEvent e = only("Diplomacy between Cuba and Western powers aims to save the 1999 accord, which Canada "
                + "abandoned in 2015.");
        assertThat(e.type()).isEqualTo("RETREAT");
        assertThat(e.source().country()).isEqualTo("CAN");
        assertThat(e.target().country()).isEqualTo("CUB");
        assertThat(code("After withdrawing from the deal, Canada reimposed sanctions on Cuba."))
                .extracting(PoliticalEvent::type).containsExactly("SANCTION");
    }

    @Test
    void aMeetingNamedByAnOrdinalThatOccurredBetweenTwoSidesIsTheirMeeting() {
        PoliticalEvent e = only("Two meetings were held this month. The first took place in Doha, Qatar between envoys "
                + "(including Norway) to Sudan and Sudanese army officers.");
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.source().country()).isEqualTo("NOR");
        assertThat(e.target().country()).isEqualTo("SDN");
        assertThat(e.target().sector()).isEqualTo("MIL");
        assertThat(code("The first took place in Doha, Qatar between Norway and Sudan.")).isEmpty();
        assertThat(code("Two meetings were held this month. Clashes occurred in Khartoum between Sudanese troops and RSF fighters."))
                .noneMatch(ev -> ev.type().equals("CONSULT"));
    }

    @Test
    void criticismAPartyFacedOrThatAccompaniedItsActIsAimedAtIt() {
        PoliticalEvent faced = only("Israel faced condemnation by the UN on Monday.");
        assertThat(faced.type()).isEqualTo("ACCUSE");
        assertThat(faced.source().org()).isEqualTo("UN");
        assertThat(faced.target().country()).isEqualTo("ISR");
        PoliticalEvent accompanied = only("A new Chilean election, accompanied by a wave of denunciations by "
                + "Peruvian officials, took place.");
        assertThat(accompanied.source().country()).isEqualTo("PER");
        assertThat(accompanied.target().country()).isEqualTo("CHL");
        assertThat(code("The talks in Minsk, accompanied by condemnation by the EU, ended.")).isEmpty();
    }

    @Test
    void aConjunctNamedAfterItsDescriptionIsASecondTarget() {
        assertThat(code("Egypt met the Libyan government and its main ally, Turkey, in Cairo."))
                .extracting(e -> e.target().country()).containsExactly("LBY", "TUR");
        assertThat(code("Egypt met the Libyan government and its allies in Cairo."))
                .extracting(e -> e.target().country()).containsExactly("LBY");
    }

    @Test
    void aLaterPassiveNamesTheAgentOfARestrictionOnItsOwnUnnamedPeople() {
        PoliticalEvent e = only("The report refers to the deprivation of women and girls from education, and stresses "
                + "that these restrictions were imposed by the Iranian government.");
        assertThat(e.type()).isEqualTo("COERCE");
        assertThat(e.source().country()).isEqualTo("IRN");
        assertThat(e.target().country()).isEqualTo("IRN");
        assertThat(e.target().sector()).isEqualTo("CVL");
        assertThat(code("The report refers to the deprivation of women and girls from education.")).isEmpty();
        assertThat(only("Turkish police detained protesters in Ankara.").target().country()).isEqualTo("TUR");
    }

    @Test
    void theSubjectOfAProviderOfAidIsItsSource() {
        PoliticalEvent e = only("Japan is the largest provider of aid to Laos.");
        assertThat(e.type()).isEqualTo("AID");
        assertThat(e.source().country()).isEqualTo("JPN");
        assertThat(e.target().country()).isEqualTo("LAO");
        assertThat(code("A provider of aid to Laos said the roads were closed.")).isEmpty();
    }

    @Test
    void sanctionsPackagesImposedWithoutAgentAreTheArticlesSanctioners() {
        List<PoliticalEvent> events = code("Canada imposed sanctions on Venezuela in 2019.",
                "The crackdown led to new sanctions packages quietly imposed on Tehran and Damascus.");
        assertThat(events).hasSize(3);
        assertThat(events.subList(1, 3)).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo("SANCTION");
            assertThat(e.source().country()).isEqualTo("CAN");
        });
        assertThat(events.get(1).target().country()).isEqualTo("IRN");
        assertThat(events.get(2).target().country()).isEqualTo("SYR");
    }

    @Test
    void sanctionsImposedWithNoSanctionerInTheArticleAreNoEvent() {
        assertThat(code("The crackdown led to new sanctions packages imposed on Tehran.")).isEmpty();
    }

    @Test
    void aRealisedEventDoesNotRestateAPredictedOne() {
        List<PoliticalEvent> events = code(
                "Canadian ministers are set to demand the general's resignation while imposing fresh sanctions on Myanmar.",
                "Sanctions packages imposed on Naypyidaw in 2021 already hurt its economy.");
        assertThat(events).filteredOn(e -> e.type().equals("SANCTION")).extracting(PoliticalEvent::status)
                .containsExactly("planned", "occurred");
    }

    @Test
    void returningWithAStatesSupportIsItsAidToThoseWhoReturn() {
        List<PoliticalEvent> events = code("Turkish police detained twelve Syrian refugees in Istanbul.",
                "However, two of them were able to return to Germany with German support.");
        PoliticalEvent aid = events.stream().filter(e -> e.type().equals("AID")).findFirst().orElseThrow();
        assertThat(aid.source().country()).isEqualTo("DEU");
        assertThat(aid.target().country()).isEqualTo("SYR");
        assertThat(aid.target().sector()).isEqualTo("REF");
    }

    @Test
    void aConvenerFusedIntoAModifierIsTheMeetingsSourceAMediatorIsNoParty() {
        PoliticalEvent e = only("At the UN-sponsored meeting on Yemen in Geneva, the delegations traded accusations.");
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(e.source().org()).isEqualTo("UN");
        PoliticalEvent talks = only("The U.S.-brokered talks between Armenia and Azerbaijan resumed.");
        assertThat(List.of(talks.source().country(), talks.target().country())).containsExactlyInAnyOrder("ARM", "AZE");
        PoliticalEvent truce = only("Israel and Hamas agreed to a Qatari-mediated ceasefire.");
        assertThat(List.of(truce.source().country(), truce.target().country())).containsExactlyInAnyOrder("ISR", "PSE");
    }

    @Test
    void listedWritersAreNamedByTheirNamedConjunct() {
        List<PoliticalEvent> events = code("Many Egyptian dissidents, activists, and lawyers wrote letters to the "
                + "European Commission expressing their support for the resolution.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).type()).isEqualTo("SUPPORT");
        assertThat(events.get(0).source().country()).isEqualTo("EGY");
        assertThat(events.get(0).target().org()).isEqualTo("EU");
    }

    @Test
    void describingWithoutJudgingIsNoEvent() {
        assertThat(code("The Egyptian minister described how the economy had grown.")).isEmpty();
        assertThat(code("The minister described the visit of Russian officials to Kabul as a turning point."))
                .isEmpty();
    }

    @Test
    void sayingSupportForAnArmedGroupStaysSupport() {
        PoliticalEvent e = only("The Syrian government expressed support for the rebels.");
        assertThat(e.type()).isEqualTo("SUPPORT");
    }

    @Test
    void anAcronymInParenthesesDecidesTheOrganisation() {
        PoliticalEvent e = only("Tajikistan has been supporting the National Resistance Forces (NRF) since 2021.");
        assertThat(e.target().org()).isEqualTo("NRF");
        assertThat(e.target().sector()).isEqualTo("REB");
        assertThat(e.type()).isEqualTo("AID");
    }

    @Test
    void condemningARemovalCodesTheRemovalToo() {
        List<PoliticalEvent> events = code("Human rights groups condemned the expulsion of Syrian refugees from Lebanon.");
        assertThat(events).extracting(PoliticalEvent::type).containsExactly("ACCUSE", "COERCE");
        PoliticalEvent expulsion = events.get(1);
        assertThat(expulsion.source().country()).isEqualTo("LBN");
        assertThat(expulsion.target().country()).isEqualTo("SYR");
        assertThat(expulsion.target().sector()).isEqualTo("REF");
    }

    @Test
    void describingAnEventIsNoNewReportOfIt() {
        assertThat(code("The minister described the visit of Russian officials to Kabul as a turning point."))
                .extracting(PoliticalEvent::type).doesNotContain("CONSULT");
    }

    @Test
    void anEventNamedAgainByNounLaterInTheArticleIsCodedOnce() {
        List<PoliticalEvent> events = code("Amnesty voiced concern over the forced return of Syrian refugees from Lebanon.",
                "Lebanon's expulsion of Syrian refugees began in April.");
        assertThat(events).filteredOn(e -> e.type().equals("COERCE")).hasSize(1);
    }

    @Test
    void rejectingAnInvitationAnswersWhoeverInvited() {
        List<PoliticalEvent> events = code("Egypt called on Hamas to release the hostages. Hamas rejected the demand on Sunday.");
        PoliticalEvent reject = events.stream().filter(e -> e.type().equals("REJECT")).findFirst().orElseThrow();
        assertThat(reject.source().org()).isEqualTo("Hamas");
        assertThat(reject.target().country()).isEqualTo("EGY");
    }

    @Test
    void aRejectedInvitationNeedsAnInviterOfTheSameParty() {
        List<PoliticalEvent> events = code("Egypt called on Qatar to release the hostages. Hamas rejected the demand.");
        assertThat(events).filteredOn(e -> e.type().equals("REJECT")).isEmpty();
    }

    @Test
    void passiveVoiceMakesTheByPhraseTheSource() {
        PoliticalEvent e = only("Two Reuters journalists were arrested by Myanmar police in Yangon.");
        assertThat(e.type()).isEqualTo("COERCE");
        assertThat(e.source().country()).isEqualTo("MMR");
        assertThat(e.source().sector()).isEqualTo("COP");
        assertThat(e.target().sector()).isEqualTo("MED");
    }

    @Test
    void reportedSpeechCodesTheReportedEventNotTheSpeaker() {
        PoliticalEvent e = only("Officials in Kyiv said Russian forces attacked Ukrainian positions near Donetsk.");
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.source().country()).isEqualTo("RUS");
        assertThat(e.source().sector()).isEqualTo("MIL");
        assertThat(e.target().country()).isEqualTo("UKR");
    }

    @Test
    void plainStatementIsNoEvent() {
        assertThat(code("The Chilean foreign minister said the economy would grow next year.")).isEmpty();
    }

    @Test
    void talksBetweenTwoPartiesNameBothSides() {
        PoliticalEvent e = only("Talks between Armenia and Azerbaijan resumed in Washington on Thursday.");
        assertThat(e.type()).isEqualTo("CONSULT");
        assertThat(List.of(e.source().country(), e.target().country())).containsExactlyInAnyOrder("ARM", "AZE");
    }

    @Test
    void futureAndPlansArePlanned() {
        assertThat(only("The Qatari emir will meet Iranian President Masoud Pezeshkian next week.").status())
                .isEqualTo("planned");
    }

    @Test
    void recommendationsAndConditionalsAreHypotheticalInSpeculativeMode() {
        EventCoder speculative = EventCoder.load(true);
        for (String s : List.of("Washington should lift sanctions on Cuba.", "If talks fail, Ethiopia could attack Eritrea.",
                "If talks collapse, Ghana will impose sanctions on Nigeria.")) {
            List<PoliticalEvent> events = speculative.code(Articles.of("h", null, s));
            assertThat(events).as(s).hasSize(1);
            assertThat(events.get(0).status()).as(s).isEqualTo("hypothetical");
        }
        assertThat(speculative.version()).isNotEqualTo(coder.version());
    }

    @Test
    void speculationIsNotCodedByDefault() {
        assertThat(code("Washington should lift sanctions on Cuba.")).isEmpty();
        assertThat(code("If talks fail, Ethiopia could attack Eritrea.")).isEmpty();
        assertThat(code("If talks collapse, Ghana will impose sanctions on Nigeria.")).isEmpty();
    }

    @Test
    void concretePlansAreStillCoded() {
        assertThat(only("Peru plans to expel the Chilean ambassador.").status()).isEqualTo("planned");
    }

    @Test
    void purposeInfinitivesAreAimsNotEvents() {
        assertThat(code("Delegates from Chad and Niger gathered in Abuja to reach an agreement on grazing routes."))
                .extracting(PoliticalEvent::type).doesNotContain("AGREE");
    }

    @Test
    void realisedAbilityIsOccurred() {
        PoliticalEvent e = only("Kenyan police were able to arrest 30 protesters in Nairobi.");
        assertThat(e.type()).isEqualTo("COERCE");
        assertThat(e.status()).isEqualTo("occurred");
    }

    @Test
    void negativeQuantifierSubjectsAreNotCodedAsNegatedEvents() {
        assertThat(code("No Nigerian officials see any benefit in supporting Niger's junta.")).isEmpty();
        assertThat(only("Hungary never sanctioned Russia.").status()).isEqualTo("negated");
    }

    @Test
    void targetDeeperInTheObjectPhraseIsFound() {
        PoliticalEvent vote = only("The Senate voted against a bill which would impose sanctions on Colombia.");
        assertThat(vote.type()).isEqualTo("REJECT");
        assertThat(vote.target().country()).isEqualTo("COL");
        PoliticalEvent probe = only("The ICC is investigating killings under former Sudanese President Omar al-Bashir.");
        assertThat(probe.target().country()).isEqualTo("SDN");
    }

    @Test
    void deeperTargetStopsAtANewClause() {
        assertThat(code("After withdrawing from the deal, the Kremlin accused Georgia of provocations."))
                .filteredOn(e -> e.type().equals("RETREAT")).isEmpty();
    }

    @Test
    void unnamedPeopleActOnlyWhereThePlaceSaysWhoseTheyAre() {
        PoliticalEvent rally = only("Protesters rallied against the government in Tbilisi.");
        assertThat(rally.type()).isEqualTo("PROTEST");
        assertThat(rally.source().country()).isEqualTo("GEO");
        assertThat(rally.source().sector()).isEqualTo("CVL");
        assertThat(code("Protesters rallied against the government.")).isEmpty();
    }

    @Test
    void aParticiplesAgentIsNotTheEventNounsParty() {
        PoliticalEvent swap = code("Moscow and Kyiv carried out a prisoner swap mediated by the UAE.").stream()
                .filter(e -> e.type().equals("CONCEDE")).findFirst().orElseThrow();
        assertThat(List.of(swap.source().country(), swap.target().country())).containsExactlyInAnyOrder("RUS", "UKR");
    }

    @Test
    void parentheticalBackerIsNotTheSubject() {
        List<PoliticalEvent> events = code("The M23 rebels, backed by Rwanda, captured the city of Bukavu.");
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("AID"); // backing an armed group is material aid
            assertThat(e.source().country()).isEqualTo("RWA");
            assertThat(e.target().org()).isEqualTo("M23");
        });
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("ASSAULT");
            assertThat(e.source().org()).isEqualTo("M23");
            assertThat(e.location().name()).isEqualTo("Bukavu");
        });
    }

    @Test
    void countedNationalsAreCiviliansAndSharedHeadsCarryTheirRole() {
        PoliticalEvent protest = only("Thousands of Serbians protested in Belgrade against President Aleksandar Vucic.");
        assertThat(protest.source().sector()).isEqualTo("CVL");
        assertThat(protest.target().sector()).isEqualTo("GOV");
        PoliticalEvent clash = only("Thai and Cambodian troops clashed along the disputed border.");
        assertThat(clash.source().sector()).isEqualTo("MIL");
    }

    @Test
    void aBrokerIsNoPartyToTheDeal() {
        assertThat(code("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China."))
                .allSatisfy(e -> {
                    assertThat(e.source().country()).isNotEqualTo("CHN");
                    assertThat(e.target() == null ? null : e.target().country()).isNotEqualTo("CHN");
                });
    }

    @Test
    void anArmedGroupsCommanderStaysInTheGroupsSector() {
        PoliticalEvent strike = only("Israel killed Hezbollah commander Fuad Shukr in an airstrike on Beirut.");
        assertThat(strike.target().sector()).isEqualTo("REB");
        assertThat(strike.target().org()).isEqualTo("Hezbollah");
    }

    @Test
    void supportForABillIsNotSupportForWhatTheBillTargets() {
        assertThat(code("Canada voiced support for a resolution condemning Iran.")).isEmpty();
    }

    @Test
    void sanctionsNamedInsideAnotherPhraseAreNotNewSanctions() {
        assertThat(code("The Treasury issued licences that act as exemptions to U.S. sanctions on Syria."))
                .extracting(PoliticalEvent::type).doesNotContain("SANCTION");
    }

    @Test
    void rejectingAClaimNeedsNoTarget() {
        PoliticalEvent e = only("The Kremlin dismissed the report as fake news.");
        assertThat(e.type()).isEqualTo("REJECT");
        assertThat(e.source().country()).isEqualTo("RUS");
        assertThat(e.target()).isNull();
        assertThat(code("The Kremlin dismissed the proposal.")).isEmpty();
    }

    @Test
    void aThreatsContentIsNotCodedAsAnEvent() {
        assertThat(code("The Houthis threatened to target US ships.")).extracting(PoliticalEvent::type)
                .containsExactly("THREATEN");
    }

    @Test
    void civilianDeploymentsAreNotMobilisation() {
        assertThat(code("Japan deployed a team of doctors to Turkey.")).extracting(PoliticalEvent::type)
                .doesNotContain("MOBILIZE");
    }

    @Test
    void eventsMissingAPartyAreNotCoded() {
        assertThat(code("A Chadian delegation was invited to a trade fair.")).isEmpty();
        assertThat(code("The minister criticized the sanctions.")).isEmpty();
    }

    @Test
    void dyadsWithIndistinguishableSidesAreNotCoded() {
        assertThat(code("The country's rice exports to Vietnam doubled, the Vietnamese ministry said."))
                .extracting(PoliticalEvent::type).doesNotContain("COOPERATE");
    }

    @Test
    void eventNounsEmbeddedInAnotherPredicateAreNotNewEvents() {
        assertThat(code("Senators debated a bill sanctioning Venezuela."))
                .extracting(PoliticalEvent::type).doesNotContain("SANCTION");
    }

    @Test
    void explicitNonEventsAreNegated() {
        assertThat(only("Hungary did not sanction Russia in December.").status()).isEqualTo("negated");
    }

    @Test
    void progressiveIsOngoing() {
        assertThat(only("Qatar is mediating talks between Israel and Hamas.").status()).isEqualTo("ongoing");
    }

    @Test
    void denialIsItselfAReject() {
        PoliticalEvent e = only("Beijing denied reports that it had supplied drones to Moscow.");
        assertThat(e.type()).isEqualTo("REJECT");
        assertThat(e.source().country()).isEqualTo("CHN");
    }

    @Test
    void coreferenceResolvesSurnamesAndPronouns() {
        List<PoliticalEvent> events = code("Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa on Monday.",
                "Mudavadi met Ethiopian officials and he urged Eritrea to withdraw its troops.");
        assertThat(events).extracting(PoliticalEvent::type).contains("CONSULT", "REQUEST");
        assertThat(events).filteredOn(e -> !e.type().equals("RETREAT"))
                .allSatisfy(e -> assertThat(e.source().country()).isEqualTo("KEN"));
    }

    @Test
    void eventCarriesEvidenceDateAndPlace() {
        SegmentBatch a = Articles.of("t2", "2025-03-12T10:00:00Z", "A headline",
                "Polish Prime Minister Donald Tusk met Ukrainian President Volodymyr Zelensky in Kyiv on Sunday.");
        PoliticalEvent e = coder.code(a).get(0);
        assertThat(a.text().substring(e.evidence().start(), e.evidence().end())).isEqualTo(e.evidence().text());
        assertThat(e.date()).isEqualTo("2025-03-09");
        assertThat(e.datePrecision()).isEqualTo("day");
        assertThat(e.location().country()).isEqualTo("UKR");
        assertThat(e.location().lat()).isNotNull();
        assertThat(e.confidence()).isBetween(0.0, 1.0);
        assertThat(e.coderVersion()).isEqualTo(coder.version());
        assertThat(e.mentions()).isEqualTo(1);
    }

    @Test
    void idsAreDeterministic() {
        SegmentBatch a = Articles.of("t3", null, "Egypt hosted talks with Sudanese army chief in Cairo.");
        assertThat(coder.code(a)).extracting(PoliticalEvent::id).isEqualTo(
                coder.code(a).stream().map(PoliticalEvent::id).toList());
        assertThat(coder.code(a).get(0).id()).hasSize(32);
    }

    @Test
    void oneSentenceDescribingOneEventYieldsOneEvent() {
        assertThat(code("Chinese and Russian diplomats met and held talks with Iranian officials in Beijing."))
                .extracting(PoliticalEvent::type).containsOnlyOnce("CONSULT");
    }

    @Test
    void emptyArticleYieldsNoEvents() {
        assertThat(coder.code(Articles.of("t4", null))).isEmpty();
    }

    @Test
    void relativeClauseSubjectIsItsAntecedent() {
        PoliticalEvent e = only("Norway, which in March decided to recognise Palestine, drew praise.");
        assertThat(e.type()).isEqualTo("SUPPORT");
        assertThat(e.source().country()).isEqualTo("NOR");
        assertThat(e.target().country()).isEqualTo("PSE");
    }

    @Test
    void conjoinedSubjectsOfASymmetricEventAreItsTwoParties() {
        PoliticalEvent e = only("Both Armenia and Azerbaijan agreed to demarcate the border.");
        assertThat(e.type()).isEqualTo("AGREE");
        assertThat(List.of(e.source().country(), e.target().country())).containsExactlyInAnyOrder("ARM", "AZE");
    }

    @Test
    void possessivePronounTakesItsOwnersCountry() {
        PoliticalEvent e = only("Kenyan activists urged their government to reverse the tax increase.");
        assertThat(e.type()).isEqualTo("REQUEST");
        assertThat(e.target().country()).isEqualTo("KEN");
        assertThat(e.target().sector()).isEqualTo("GOV");
    }

    @Test
    void wantedOrPreventedActsAreNotEvents() {
        assertThat(code("The senator backed a proposal to sanction Nicaragua.")).extracting(PoliticalEvent::type)
                .doesNotContain("SANCTION");
        assertThat(code("Mediators tried to stop Sudanese factions from attacking Khartoum.")).extracting(PoliticalEvent::type)
                .doesNotContain("ASSAULT");
    }

    @Test
    void allegedActInAnAccusationIsNotCodedAsFact() {
        List<PoliticalEvent> events = code("Israel accused Iran of arming Hezbollah.");
        assertThat(events).extracting(PoliticalEvent::type).containsExactly("ACCUSE");
        assertThat(events.get(0).target().country()).isEqualTo("IRN");
    }

    @Test
    void forceUsedInACountryTargetsThatCountry() {
        PoliticalEvent e = only("Al-Shabaab fighters launched an offensive in Kenya.");
        assertThat(e.type()).isEqualTo("ASSAULT");
        assertThat(e.target().country()).isEqualTo("KEN");
    }

    @Test
    void nounEventInsideAPrepositionalPhraseHasNoSubjectAgent() {
        assertThat(code("France expressed regret over the killing of two journalists."))
                .extracting(PoliticalEvent::type).doesNotContain("ASSAULT");
    }

    @Test
    void statementsOfReadinessAreOccurredStances() {
        PoliticalEvent e = only("Vietnamese officials said they are ready to expand relations with Laos.");
        assertThat(e.type()).isEqualTo("SUPPORT");
        assertThat(e.status()).isEqualTo("occurred");
    }

    @Test
    void concurrentCallsGiveTheSameEventsAsOneCall() throws Exception {
        SegmentBatch a = Articles.of("t5", "2025-03-12T10:00:00Z",
                "Kenyan Foreign Minister Musalia Mudavadi met Ethiopian officials in Addis Ababa on Monday.",
                "He urged Eritrea to withdraw its troops, and Ethiopian police detained 12 protesters.");
        List<String> expected = coder.code(a).stream().map(PoliticalEvent::toString).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> coder.code(a).stream().map(PoliticalEvent::toString).toList()));
            }
            for (var run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
