"""Candidates: which sentences commit someone, how firmly, to what and by when."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments.extract.candidates import Settings, extract
from commitments.extract.cues import is_commentary
from commitments.extract.sentences import is_heading, sentences, unwrapped

DECLARED = Settings(declared=dt.date(2025, 5, 30))


def found(text: str, s: Settings = DECLARED) -> list[tuple[str, str]]:
    return [(c.strength, c.quote) for c in extract(text, s)]


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("The leaders agreed to enhance cooperation in combating terrorism.", "pledge"),
        ("It was agreed to seek new forms of cooperation.", "pledge"),
        ("An agreement was reached to launch several initiatives.", "pledge"),
        ("The Head of State announced the decision to name a street after Marco Polo.", "pledge"),
        ("A round table on water resources is planned by 2026.", "pledge"),
        ("The ministers decided to meet again in 2027.", "pledge"),
        ("They reaffirmed their commitment to the principles of the UN Charter.", "pledge"),
        ("The leaders set an ambitious goal to double trade by 2030.", "pledge"),
        ("Leaders endorsed the Agreement to Establish the Facility.", "pledge"),
        ("The leaders welcomed the formation of a regional network.", "intent"),
        ("Interest was expressed in expanding cooperation in migration.", "intent"),
        ("Readiness was expressed to discuss cooperation opportunities.", "intent"),
        ("The need to establish platforms for knowledge exchange was underlined.", "intent"),
        ("Italian companies were invited to participate in projects in this field.", "intent"),
        ("The leaders called on companies to invest in the corridor.", "intent"),
        ("The leaders emphasized the importance of improving the quality of life.", "intent"),
        ("Continued efforts in scientific research were also noted.", "intent"),
        ("Italy proposed to hold a conference on energy.", "proposal"),
        ("Proposals include naming 2026 the Year of Cultural Rapprochement.", "proposal"),
        ("The Head of State outlined promising areas for deepening cooperation.", "proposal"),
        ("Analysts expect the two sides to sign a trade deal.", "forecast"),
        ("The summit is likely to produce a joint statement.", "forecast"),
        ("Italian and Kazakh officials are discussing joint training programs.", "forecast"),
        ('Starmer and Harris agreed "to take the relationship to a new level".', "pledge"),
        ("The leaders agreed at their Wales Summit to reverse the trend of cuts.", "pledge"),
        (
            "The presidents agreed on the need to reflect on the modernization of the bloc.",
            "pledge",
        ),
        ("The leaders agreed on the importance of monitoring the situation.", "intent"),
        ("We agreed that there was an urgent need to scale up efforts.", "intent"),
        ("They agreed that firm action is needed to promote the recovery.", "intent"),
        ("They reiterated their commitments to avoid trade barriers.", "pledge"),
        ("Delegates set a date in early September for another round of talks.", "pledge"),
        ("The Declaration promises closer cooperation between governments.", "pledge"),
        ("We are launching an ambitious and accelerated response.", "pledge"),
        ("We intend for the Partnership to serve as a lasting regional platform.", "intent"),
        ("The Union needs to step up its internal groundwork and reforms.", "intent"),
        ("The ambassador anticipates Cambodia to be the host of the summit.", "forecast"),
        ("The Prime Minister supported nomination of Tajikistan to the Council.", "intent"),
        ("Heads highlighted the importance of a strong response to these challenges.", "intent"),
        ("We must enable Nordic industry to take a leading role.", "intent"),
        ("Finland, Iceland, Sweden, Norway and Denmark want to lead by example.", "intent"),
        (
            "Leaders asked the Secretary-General of the Arab League Nabil Al-Araby to meet.",
            "intent",
        ),
        ("The Arab leaders have re-affirmed unwavering support for the UAE.", "intent"),
        ("The leaders declared backing for all measures Abu Dhabi may take.", "intent"),
        ("The president suggested the founding of a bi-regional development bank.", "proposal"),
        ("A very prominent contingent of guests is expected.", "pledge"),
        ("An upgraded Free Trade Agreement is due to be signed.", "pledge"),
        ("We declare our readiness and commitment to work on the priority areas.", "pledge"),
        ("The Authority charges the President of The Commission to work with WAHO.", "pledge"),
        ("We agree that an early boundary settlement must be pursued.", "pledge"),
        ("We reaffirm our enduring unity and determination to meet global challenges.", "pledge"),
        ("Leaders envision an open and peaceful Asia-Pacific community by 2040.", "intent"),
        ("The leaders also declared to strengthen their ties at all levels.", "pledge"),
        ("Senior officials are tasked by leaders to complete an implementation plan.", "pledge"),
        ("These are proposals that we are open to discuss.", "intent"),
        ("The ministers reiterated their states' solidarity with Iraq.", "intent"),
        ("The six countries are determined to join hands to build a community.", "pledge"),
        ("I am determined to further enhance close communication with President Marcos.", "pledge"),
        # they play; no role is foreseen
        ("The national teams will play in a friendship match in Hanoi in 2026.", "pledge"),
        ("All parties are willing to give full play to the leading role of diplomacy.", "intent"),
        ("The summit approved the admission of Somalia into the EAC.", "pledge"),
        ("The talks concluded with the decision to admit Somalia as a member.", "pledge"),
        ("The chairperson was designated to negotiate and sign the Treaty.", "pledge"),
        ("The Council received instructions to develop a roadmap.", "pledge"),
        ("The summit directed partner states to submit the names of experts.", "pledge"),
        ("It tasked the General Secretariat with submitting a detailed report.", "pledge"),
        (
            "The Council directed the specialized bodies, ministerial councils, and all "
            "agencies to redouble efforts.",
            "pledge",
        ),
        ("The leaders expressed their firm commitment to the Arctic Council.", "pledge"),
        ("Inclusive multilateralism is needed to address global challenges.", "intent"),
        ("We place particular focus on protecting our air space.", "intent"),
        ("We reiterate that Europe must become more sovereign.", "intent"),
        (
            "The Council emphasized the complete and continuous implementation of the vision.",
            "intent",
        ),
        ("The Conference reaffirmed its principled and continued support to the people.", "intent"),
        ("Lula used his speech to urge European leaders to finalize the deal.", "intent"),
        ("Determined to close this chapter, the two leaders signed the declaration.", "pledge"),
        ("The ministers met, reaffirming their will to establish a partnership.", "pledge"),
        ("The customs union is slated to be completed in 2016.", "pledge"),
        ("Our goal is to position the Benelux as an innovative frontrunner.", "intent"),
        ("The leaders reaffirmed that they were determined to deepen integration.", "pledge"),
        ("The summit directed relevant authorities to initiate national measures.", "pledge"),
        ("We reaffirm the principles and values of the Charter of the United Nations.", "pledge"),
        ("We therefore agree: to promote an ambitious climate agreement.", "pledge"),
        # participles and gerunds of the same verbs
        ("Reiterating their resolve to deepen cooperation, the leaders met in Astana.", "pledge"),
        ("The ministers met, expressing their full support for the National Assembly.", "intent"),
        ("We underline our steadfast support for the Republic of Moldova.", "intent"),
        ("We stand united in support of Ukraine and its people.", "intent"),
        ("The leaders remain focused on continuing the important work.", "intent"),
        (
            "The Council encourages the Congress Party (NPC) and the Movement (SPLM) to sustain "
            "their resolve.",
            "intent",
        ),
        ("The two leaders encouraged the implementation of joint initiatives.", "intent"),
        ("We underscored the significance of maintaining cooperation.", "intent"),
        ("The negotiators are entrusted to move forward with the negotiations.", "pledge"),
        # a line break inside a cue, as in a PDF's lines
        ("THE SUMMIT DIRECTED\nTHE SECRETARIAT TO AVAIL THE PARTNER STATES OF A LIST.", "pledge"),
        # operative paragraphs in the imperative
        ("Phase out and regulate inefficient fossil fuel subsidies.", "pledge"),
        # a party is the subject of what "will help": its own act
        ("Kazakhstan will contribute to the fund.", "pledge"),
        ("We will help developing countries adapt.", "pledge"),
        ("Heads agreed to the following: reform of the Commonwealth.", "pledge"),
        ("Prime Minister Carney and President Sheinbaum are launching the Action Plan.", "pledge"),
        ("We are pleased to announce the elevation of our partnership.", "pledge"),
        ("We announced new investments and initiatives.", "pledge"),
        (
            "They reinforced their respective government’s full commitment to the Partnership.",
            "pledge",
        ),
        ("The leaders renewed their support for the government's efforts.", "intent"),
        ("The Council assigned the relevant committees to finish the work.", "pledge"),
        ("We share an intention for the treaty to enter into force.", "intent"),
        # adherence renewed is a pledge, as attachment is; its importance stressed, a call
        ("The Congolese side reaffirmed adherence to the one-China policy.", "pledge"),
        ("Cyprus reaffirmed its steadfast adherence to the One-China Principle.", "pledge"),
        ("Emphasizing our adherence to the 2002 Arab Peace Initiative,", "pledge"),
        ("We stress the importance of universal adherence to the NPT.", "intent"),
        ("The leaders welcomed the second Summit for Democracy to be held in Seoul.", "intent"),
        ("They welcomed the next partnership dialogue, to be held in Dodoma in 2026.", "intent"),
        # cooperation welcomed that is still to come: asked for more, dated ahead, recurring
        ("The leaders welcomed closer cooperation between their coast guards.", "intent"),
        (
            "The Prime Ministers welcomed stronger collaboration on AI safety research, "
            "including the exchange of researchers from 2025.",
            "intent",
        ),
        (
            "They welcomed the annual Energy Forum held alternately in each country and its "
            "expansion to include hydrogen from 2025.",
            "intent",
        ),
        # a principle with a date, or one carried out, is a step
        (
            "The agreed deadline of 31 December 2025 for concluding the negotiations should be "
            "respected.",
            "intent",
        ),
        (
            "The recommendations of the mission must be accepted and implemented in full by "
            "the end of 2024.",
            "intent",
        ),
        # a need named after what was discussed, in a clause of its own
        (
            "Having discussed the global economy, including inflation, the Leaders see the need "
            "to conclude the FTA by 2025.",
            "intent",
        ),
        ("We welcome further engagement from Members to finance the Secretariat.", "intent"),
        (
            "We welcome the cooperation of BRICS countries in the Conference, to be held in Egypt.",
            "intent",
        ),
        # the need or a doing stressed "on", as some write it; a priority put on a doing
        ("The two presidents stressed on maintaining and developing relations.", "intent"),
        ("They emphasized on the necessity of addressing the issues technically.", "intent"),
        ("The two presidents put high priority on strengthening ties.", "intent"),
        # a wish that a relationship be kept is the parties' own (not a principle kept)
        ("They expressed the view that the relationship should be maintained further.", "intent"),
        # a headline's present, and officials of a trade directed
        ("Both sides reach consensus on establishing a mechanism of annual meetings.", "pledge"),
        ("They directed trade officials on both sides to start negotiations.", "pledge"),
        # a commitment affirmed after the values that bind the parties
        (
            "We, the UK and Finland, bound by shared democratic values and historic ties, "
            "affirm our commitment to strengthening the partnership between our 2 nations.",
            "pledge",
        ),
        ("The leaders warmly welcomed the President's decision to establish an Embassy.", "intent"),
        ("France and Germany support the introduction of minimum carbon pricing.", "intent"),
        ("Both countries want the European Union to achieve carbon neutrality.", "intent"),
        ("France and Germany advocate a rapid adoption of the Green Deal.", "intent"),
        ("They recall their joint determination to promote a more sovereign Union.", "pledge"),
        ("The Member States consider it necessary to increase the role of the SCO.", "intent"),
        ("It is a high priority to provide young people with skills.", "intent"),
        ("We invite the world community to join it.", "intent"),
        (
            "The Ministers highlighted the will of Chile and Colombia to continue advancing.",
            "pledge",
        ),
        ("Leaders noted his undertaking to accept the outcome of the elections.", "intent"),
        ("Leaders confirmed the continuing support of all Forum members.", "intent"),
        ("Approving the budgets of the Secretariat for the next period.", "pledge"),
        ("Accepting Norway’s offer to chair the Council.", "pledge"),
        # a request leaves the act to the one asked, as an invitation does
        ("We requested all subsidiary bodies to review their plans.", "intent"),
        ("The Council requested that she report regularly to the Deputies.", "intent"),
        ("Ministers requested the finalisation of outstanding work.", "intent"),
        ("We would like to proceed step-by-step toward a solution.", "intent"),
        ("As Leaders of the G20, we resolve to act in concrete ways.", "pledge"),
        ("The two sides concurred to support exchanges in clean energy.", "pledge"),
        ("He proposed for the Ministers to move in concert.", "proposal"),
        ("We will provide certainty to investors in offshore wind.", "pledge"),
        ("The Roadmap outlines how we will work together over the coming decade.", "pledge"),
        ("Within the EU, we strive for further convergence in export control policies.", "intent"),
        ("These countries are eager to pass on their knowledge and experience.", "intent"),
        ("We are keen to contribute to a stronger European Union.", "intent"),
        ("The Ministers underlined their general willingness to strengthen cooperation.", "intent"),
        ("We hope to meet again in Riga.", "intent"),
        ("The G20 has agreed concrete steps to implement the COP28 results.", "pledge"),
        ("We remain resolute in our support to Ukraine.", "pledge"),
        ("We seek to deepen regional connectivity.", "intent"),
        ("A decision was taken to create a Group of Wise Persons.", "pledge"),
        ("A decision was made on the date and place of the next meeting.", "pledge"),
        ("The Committee adopted a programme of common action in the field of trade.", "pledge"),
        (
            "The Council decided, in the light of the scientific advice, to extend the quotas.",
            "pledge",
        ),
        ("Ministers endorsed work programmes on energy efficiency and biofuels.", "pledge"),
        ("The parties unveiled plans for an informal ministerial meeting.", "pledge"),
        (
            "We reaffirm our partnership based on shared values including our commitment to peace.",
            "pledge",
        ),
        ("We arrived at a consensus to build more resilient health systems.", "pledge"),
        ("The European Union remains committed in its support to Ukraine.", "pledge"),
        ("We have to focus our efforts on the necessary internal reform process.", "intent"),
        ("Italy, through its firms, seeks to establish new linkages.", "intent"),
        ("We stressed the importance of rapidly implementing all recommendations.", "intent"),
        ("The participants underscored the importance of C5+1 collaboration.", "intent"),
        ("We underline the importance of a closer cooperation in the field of security.", "intent"),
        ("In February, the ministers will meet in Rome.", "pledge"),
        ("They decide to further promote bilateral partnership on climate change.", "pledge"),
        ("The King extended invitation to Prime Minister Obuchi to visit Jordan.", "intent"),
        ("Minister Hayashi extended invitations to President Lula to Japan.", "intent"),
        ("They call on all parties to pay a visit to the camps.", "intent"),
        ("We hope that the Leaders will recognise the value of tourism.", "intent"),
        ("The two leaders affirmed the intention to strengthen the relationship.", "intent"),
        ("They also looked ahead to the first Summit in early 2025.", "intent"),
        ("The participants were encouraged to continue exchanging information.", "intent"),
        ("The Netherlands will consider joining the consensus on licences.", "intent"),
        ("The Working Group will also consider the harmonisation of procedures.", "pledge"),
        ("Malcorra expressed Argentina's interest in a visit by the Prime Minister.", "intent"),
        ("I expressed my determination to reinforce our defence capabilities.", "pledge"),
        ("We confirmed the strict implementation of the sanctions resolutions.", "pledge"),
        ("The Deputies authorised the Secretary General to prepare the documents.", "pledge"),
        ("The Council directed that the negotiations be concluded.", "pledge"),
        ("Both leaders met, vowing to promote bilateral ties.", "pledge"),
        ("The Minister expressed his country’s interest in establishing cooperation.", "intent"),
        ("Leaders agreed a strategic forward agenda to drive productivity.", "pledge"),
        ("To improve transparency we decide to strengthen our accountability.", "pledge"),
        ("They reiterated their shared intention to intensify cooperation.", "intent"),
        ("Prime Ministers recommitted to the Trans-Tasman Roadmap.", "pledge"),
        ("The ministers were also directed to meet regularly.", "pledge"),
        ("They announced the holding of the next Joint High Committee.", "pledge"),
        ("They reaffirmed determination of their countries to take consistent efforts.", "pledge"),
        ("They re-iterated their resolve on continuous support to the Commission.", "pledge"),
        ("We are steadfast in our solidarity with and our support for Ukraine.", "intent"),
        ("Ministers approve important instruments to be signed at the next Summit.", "pledge"),
        ("The Ministers endorsed six projects in IT for implementation.", "pledge"),
        ("Direct the relevant Ministries of our governments to explore a Fund.", "pledge"),
        ("Decide to establish a Permanent Working Committee.", "pledge"),
        ("They confirmed the importance of joint action to bolster security.", "intent"),
        ("They recognized the need to prevent a new crisis.", "intent"),
        ("We recall and renew the commitments on Antimicrobial Resistance.", "pledge"),
        ("A Council was created, which will be chaired at the cabinet level.", "pledge"),
        ("The Ministers noted that NATO would shortly circulate a set of procedures.", "intent"),
        ("The two Ministers ask that an item be included on the agenda.", "intent"),
        ("They expressed satisfaction with the decision to abolish visa requirements.", "intent"),
        ("They expressed their governments' intention to arrange visits.", "intent"),
        ("Canada announced its support for holding the World Expo in Dubai.", "intent"),
        ("The declaration calls on countries to invite development partners.", "intent"),
        ("Our aim is security and the lowest possible level of forces.", "intent"),
        ("We are all united in our aim of strengthening ASEAN.", "intent"),
        ("Both Sides state their readiness to make their contribution.", "intent"),
        ("We are in favour of agreements which would build confidence.", "intent"),
        ("We reiterated ASEAN’s determination to fully implement the decisions.", "pledge"),
        (
            "The presidents reaffirmed Argentina and Chile's commitment to their interests.",
            "pledge",
        ),
        ("We affirmed to maintain and strengthen high level exchanges.", "pledge"),
        ("They prepared the negotiations, which will begin on October 30, 2025.", "pledge"),
        ("We task negotiators to further accelerate both processes in parallel.", "pledge"),
        ("We jointly support the creation of a UN Democracy Fund.", "intent"),
        ("Supporting growth and jobs remains our top priority.", "intent"),
        ("We reaffirm our commitment to democracy and human rights.", "pledge"),
        ("The Five Countries stand together in our commitment to promote shared values.", "pledge"),
        ("Prime Minister Kishida conveyed Japan’s intention to continue its support.", "intent"),
        ("Solomon Islands has registered its interest to broaden its partnership.", "intent"),
        ("Minister Agovaka registered Solomon Islands interest to engage in new areas.", "intent"),
        ("All three countries are interested in increasing competitiveness.", "intent"),
        ("They are also to take the necessary planning measures for transport links.", "pledge"),
        ("We are pleased to welcome the decision to hold the next summit in Rome.", "intent"),
        ("We are pleased to welcome Japan's offer to host the next meeting in 2026.", "intent"),
        ("We are pleased to welcome the forthcoming summit in Rome in 2026.", "intent"),
        # values acted on, dated or given are a commitment (the attacker's)
        (
            "The leaders share a commitment to restore democracy in Mali by the end of 2026.",
            "pledge",
        ),
        ("They share a commitment to consolidate democracy.", "pledge"),
        ("The leaders made a firm commitment to the principles of the Paris Agreement.", "pledge"),
        ("They shared the commitment to strengthening democracy by 2030.", "pledge"),
        ("Ensuring the defeat of ISIS will remain a priority for the Coalition.", "intent"),
        ("The Pacific will be a key focus of our bilateral Indo-Pacific Dialogue.", "intent"),
        ("Cultural cooperation would remain a priority for the partnership.", "intent"),
        ("Trade and energy were named among the priority vectors of cooperation.", "intent"),
        ("Cooperation in education was noted as priority areas of cooperation.", "intent"),
        ("Education is recognized as a priority for future planning by Ministers.", "intent"),
        ("The meeting identified several focus areas for deepening cooperation.", "intent"),
        ("The four Ministers shared the view on continuing to promote joint training.", "intent"),
        ("The leaders shared the view on the importance of the full implementation.", "intent"),
        ("The expediency of creating a joint Business Council was noted.", "intent"),
        ("We echo our Leaders' commitment to presenting a united front.", "pledge"),
        ("He stated that the Czech Republic is interested to cooperate with partners.", "intent"),
        ("My aim is to ensure that all member states protect the freedom of research.", "intent"),
        ("I should like to strengthen cooperation between Japan and Pakistan.", "intent"),
        ("We share a strong interest in expanding our current partnership.", "intent"),
        ("We remain willing to cooperate in the reform of the United Nations.", "intent"),
        ("It is the responsibility of the international community to act.", "intent"),
        ("The two sides emphasised continuation of bilateral cooperation.", "intent"),
        ("They noted the on-going preparation for the Research Office.", "intent"),
        ("The Authority calls on the CMSP to release President Bazoum immediately.", "intent"),
        ("It underlines the need for sustained efforts in the fight against corruption.", "intent"),
        ("The Council underlines the need to protect critical infrastructure.", "intent"),
        ("They shared the will to further strengthen the trilateral cooperation.", "pledge"),
        ("Welcoming the Third Global Conference on Small Island States in 2026;", "intent"),
        ("We have tasked a senior level working group to devise a broader approach.", "pledge"),
        ("The Blue Print is a recommendation for our member countries to adopt.", "proposal"),
        ("Leaders agreed the importance of ambitious reforms.", "intent"),
        ("We strengthened our commitment to conclude the negotiations.", "pledge"),
        ("The Council reached a decision on opening the negotiations.", "pledge"),
        ("There will be a specific focus on education reform.", "pledge"),
        (
            "Having welcomed the Group's report, the Council decided to launch the Conference.",
            "pledge",
        ),
        ("We hailed the decision to establish a Working Group on the environment.", "intent"),
        ("ACCEPTING the request of the Member States for an in-depth analysis.", "pledge"),
        ("Ministers recommended that these arrangements be discussed by Leaders.", "proposal"),
        ("The Ministers recommended celebrating it annually.", "proposal"),
        ("Ministers noted the possibility of another meeting being held.", "intent"),
        ("France and the Netherlands continue to strive to further convergence.", "intent"),
        (
            "Recalling that Russia has ceased complying, the Deputies invited the Committee to "
            "explore all avenues.",
            "intent",
        ),
        ("It closed with commitment by the AU Heads of State to ensure implementation.", "pledge"),
        ("They expressed strong resolution to address all issues.", "pledge"),
        ("We seek partnerships with our neighbours and beyond.", "intent"),
        ("During their Presidency they intended to focus on trade.", "intent"),
        ("India offered support for technical missions.", "intent"),
        ("They stressed importance of close cooperation.", "intent"),
        ("The Ministers underlined the strategic importance for them to coordinate.", "intent"),
        ("The Council commissioned the Permanent Representations to carry out talks.", "pledge"),
        ("The relevant instructions to this end were given to the Secretariat.", "pledge"),
        ("The Supreme Council demanded a halt to the collective punishment.", "intent"),
        ("It is our goal to make the European Union more united.", "intent"),
        ("The Council reiterated that relations will remain severed.", "pledge"),
        ("The Minister confirmed the United Kingdom's continuing support for it.", "intent"),
        ("Adopt, as appropriate, national initiatives to halt forest loss.", "pledge"),
        ("The leaders stressed our determination to strengthen our relations.", "pledge"),
        ("Maintaining that the Member States should uphold solidarity.", "intent"),
        ("Prime Minister Modi assured President Disanayaka of India's full commitment.", "pledge"),
        ("The Ministers emphasised the value of multilateral cooperation.", "intent"),
        ("Both sides confirmed their willingness to keep regular contacts.", "intent"),
        ("They are united in supporting the deal that has been put forward.", "intent"),
        ("They agreed both sides would continue the talks.", "pledge"),
        ("It also establishes a new bilateral dialogue on foreign policy.", "pledge"),
        ("The Secretariat to undertake a Joint Security Assessment Mission.", "pledge"),
        # a commitment to an act supports a deal; a proposal welcomed by a minister
        ("This is supported by a commitment to work to mobilize $7.75 billion.", "pledge"),
        ("The proposal of Japan was welcomed by all members.", "intent"),
        ("We prioritised three areas of cooperation.", "intent"),
        # a treaty's preamble, a renewed attachment or openness, a stated need
        ("Resolving to maximise the economic potential of both countries;", "pledge"),
        ("Desirous of strengthening the bonds of brotherhood;", "intent"),
        ("The States Parties reaffirm their attachment to the right of application.", "pledge"),
        ("We renew our openness to increasing engagement with other countries.", "intent"),
        ("It is important that both parties avoid decisions that undermine trust.", "intent"),
        # an appeal to others, as a call on them; satisfaction with a thing still to come
        ("The Council appealed to all parties to exercise restraint.", "intent"),
        ("They expressed satisfaction with the decision to abolish visas.", "intent"),
        # a ministry's readout; a party's own expectation of what it will do
        ("The two ministers confirmed the further deepening of Japan-Ghana relations.", "pledge"),
        ("They shared the view to closely work together toward a framework.", "pledge"),
        ("They confirmed their cooperation in addressing issues related to North Korea.", "pledge"),
        ("They expressed their aspiration to develop and diversify such relations.", "intent"),
        # from set ZV and ZP: a wish that a thing be done, a wish and a readiness; aspirations
        (
            "The Presidents expressed their strong wish that the Europe Agreements are ratified.",
            "intent",
        ),
        ("Ministers expressed their wish and readiness for coordination.", "intent"),
        ("Both Leaders reaffirmed their aspirations to build a resilient partnership.", "intent"),
        # an aim restated as the parties' own, its object a doing
        ("We reaffirm our common ambition of ending plastic pollution by 2040.", "intent"),
        ("The two leaders underlined the aim of doubling the value of trade.", "intent"),
        ("It is our aspiration to see many more corridors in operation by 2030.", "intent"),
        # from the eleventh session's first pool: an aim, an intention and a desire held,
        # a determination shared
        ("We stand united in our objective to forge a new partnership.", "intent"),
        ("The leaders shared the strong intention to further develop the partnership.", "intent"),
        ("Proceeding from a desire to further consolidate relations between the two", "intent"),
        ("They pursue their firm aim of achieving the launch of all party talks.", "intent"),
        ("France and Spain share a determination to mobilize all existing instruments.", "pledge"),
        # from the second pool: a determination shared, an ambition a statement sets out
        ("The talks ended, reflecting their shared determination to deepen cooperation.", "pledge"),
        (
            "This Joint Statement sets out our ambition to strengthen further our cooperation.",
            "intent",
        ),
        # from the third pool: deciding jointly, a party prepared to act, the importance of
        # doing a thing promptly
        ("We jointly determine to abide by international law.", "pledge"),
        ("We jointly decide to elevate the bilateral relationship.", "pledge"),
        ("The United States is prepared to work jointly with the GCC states.", "intent"),
        ("Both recognize the vital importance of rapidly resolving the emergency.", "intent"),
        # from the fourth pool: a desire shared, staying in contact as an act
        ("We have a shared desire to harness the power of innovation.", "intent"),
        ("They are united in the desire to work towards democratic pluralism.", "intent"),
        ("The foreign ministries will remain in close contact on the Vienna process.", "pledge"),
        # from the fifth pool: support held firmly, a resolve demonstrated
        ("Canada is unequivocal in its support for Ukraine's sovereignty.", "intent"),
        ("Ukraine and Slovakia demonstrate a resolve to further strengthen relations.", "pledge"),
        ("Japan expects to further deepen the relationship between Japan and Senegal.", "intent"),
        ("Analysts expect to see growth.", "forecast"),
        # resolve with an adverb; a meeting still to come, noted
        ("France and Germany are also determined to strengthen their cooperation.", "pledge"),
        ("The two leaders noted that the next meeting will be held in Delhi in 2027.", "intent"),
        # resolve and support held together, a desire shared, a party's resolve affirmed
        ("We stand together in continuing to protect our workers from unfair trade.", "pledge"),
        ("Japan and the EU stand united more than ever to defend their common values.", "pledge"),
        (
            "They remain unwavering in our long-term political and military support to Ukraine.",
            "intent",
        ),
        ("We share a strong desire to drive the digital transformation.", "intent"),
        ("Prime Minister Dung affirmed Vietnam's resolve to maintain stability.", "pledge"),
        ("The JMC reaffirmed today the resolve of the EU and Canada to deepen ties.", "pledge"),
        # an invitation renewed; parties by name after a preamble's clause
        (
            "The General Secretary reiterated respectfully the invitation to the Emperor to visit.",
            "intent",
        ),
        (
            "Recognising that strong mechanisms are fundamental to stability, Australia and the "
            "United States pledged to collaborate further on regional security.",
            "pledge",
        ),
        (
            "The leaders welcomed the elevation of bilateral relations to a Strategic Partnership.",
            "intent",
        ),
        # a party's commitment renewed or stressed, named in the possessive
        ("The ministers reaffirmed both countries' commitment to step up cooperation.", "pledge"),
        ("The CDR reaffirms Ministers’ commitment to modernising the alliance.", "pledge"),
        ("He emphasized China's commitment to building a new partnership with Africa.", "pledge"),
        # a step to take, not a principle kept
        ("The work on preparedness at all levels must be stepped up.", "intent"),
        # a translation that drops the article
        ("The member states confirm need of close interaction.", "intent"),
        # a negative agreement; a request of more; a preamble's shared interest or wish
        ("The two parties agreed not to politicize development assistance.", "pledge"),
        ("The President requested greater investment by Japanese companies.", "intent"),
        ("Sharing a common interest in working closer together on global issues,", "intent"),
        ("Wishing to ensure economic progress and prosperity of our peoples,", "intent"),
        # an office holder acts; a post taken; the framework the parties set up
        ("Minister of State Gan will represent Singapore at the High-Level Conference.", "pledge"),
        ("Renato Krpoun will serve as chair.", "pledge"),
        ("The Agreement will provide a framework for cooperation on migration.", "pledge"),
        ("The Ministers expressed their approval of the addition of a new pillar.", "pledge"),
        ("They were also pleased to note Thailand’s offer to co-chair a new pillar.", "intent"),
        ("The Ministers endorsed the candidature of Dr. Kazibwe for the Chairmanship.", "intent"),
        ("We met, signifying our renewed resolve to strengthen our Association.", "pledge"),
        ("Canada is joining the European Commission for Democracy through Law.", "pledge"),
        ("We endeavor to create decent jobs in the region.", "intent"),
        # an invitation conveyed, an appeal issued, a named party's intention, a
        # participation confirmed
        ("The President conveyed an invitation for him to visit the United States.", "intent"),
        ("They issued an appeal for the immediate release of the remaining hostages.", "intent"),
        ("They welcomed further discussion on trade and agriculture topics.", "intent"),
        # a party strengthens, a dialogue deepens its own activity
        ("Germany and Singapore will further strengthen our partnership.", "pledge"),
        ("This Dialogue will deepen consultation on global and regional issues.", "pledge"),
        # agreeing on what is to be done, even without a modal
        ("Both Presidents agreed that it was timely to explore a free trade agreement.", "pledge"),
        ("The Presidents agreed that relevant authorities pursue progress on this.", "pledge"),
        ("We have agreed that together, we mustfind ways to address those issues.", "pledge"),
        (
            "Noting that 2018 will see the 25th anniversary, both sides agreed to commemorate it.",
            "pledge",
        ),
        ("The two sides also supported the development of closer links.", "intent"),
        ("They spoke of the intent of both countries to resolve the land borders.", "intent"),
        (
            "The ministers highlighted the intention of the two leaders to exchange visits.",
            "intent",
        ),
        ("Many leaders have confirmed their participation in the ASEM13 summit.", "pledge"),
        # several parties' intentions, plural
        ("The leaders confirmed their intentions to promote strategic cooperation.", "intent"),
        # agreements reached on what is to be done; a body's resolve, as a participle; an
        # ambition held; an interest the two share
        ("Agreements were reached to enhance high-level exchanges.", "pledge"),
        ("Both countries were in agreement to deepen and diversify bilateral ties.", "pledge"),
        ("The leaders met, resolving to engage regularly through the new Dialogue.", "pledge"),
        ("The Danish government has an ambition to reduce CO2 emissions.", "intent"),
        ("China and Denmark have a mutual interest in promoting trade.", "intent"),
        ("No effort will be spared, as the joint assessment exercise shows.", "pledge"),
        ("We endorsed Singapore's proposal to convene a conference on liveable cities.", "pledge"),
        ("We are firmly determined to rise to the challenges ahead.", "pledge"),
        ("Our priority is to help the Ukrainian people.", "intent"),
        ("The Ministers reconfirmed their full dedication to regional cooperation.", "pledge"),
        ("A long-term strategy to be finalized in 2027.", "pledge"),
        ("We also want the new FTA to deliver on progressive issues.", "intent"),
        ("We remain united and determined to protect our citizens.", "pledge"),
        ("Our urgent collective task is to mitigate the impact of the pandemic.", "intent"),
        (
            "They confirmed the importance for Central Asian countries to jointly tackle it.",
            "intent",
        ),
        ("Ministers recognized their important responsibility to help ensure growth.", "intent"),
        ("We recognise the requirement to build our development upon good governance.", "intent"),
        ("The Assembly UPHOLDS its 2024 Decision to have the Secretariat start work.", "pledge"),
    ],
)
def test_each_strength_by_its_cue(sentence: str, strength: str) -> None:
    assert found(sentence) == [(strength, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders welcomed the signing of the Treaty on the State Border on March 13, 2025.",
        "He recalled that important agreements were reached during his visit last year.",
        # a good wish, not a wish of what the parties will do
        "Minister Kono also expressed his wishes for the success of the coming elections.",
        "Important agreements were reached during the visit.",
        "Recalling that the leaders agreed to hold a summit, the ministers met.",
        "The leaders noted the progress achieved since the third conference in Rome in 2024.",
        "On May 30 the summit was held in Astana, where a Joint Declaration was adopted.",
        "The EU Strategy was noted as a significant tool for deepening relations.",
        "The summit also welcomed the intensification of relations with the European Union.",
        "Measures were discussed to enhance cooperation in natural resources.",
        "Tracking post-visit agreements will be essential.",
        "This will be PM Modi's third visit to Maldives.",
        "This summit will be remembered as a turning point.",
        "The declaration will go down in history as a milestone.",
        "This will be his first ASEAN Summit in his capacity as Prime Minister.",
        "On 17 July this year it will be five years since the downing of MH17.",
        "This is aligned with the visionary and common will of the leaders of both countries.",
        "This declaration is a demonstration of this mutual will.",
        # an occasion or a part greeted
        "Both sides welcomed the 10th anniversary of the signing of the Memorandum.",
        "They also welcomed the inauguration of the first commercial direct flight.",
        "We welcomed the role of the Philippines as the Country Coordinator.",
        # a freedom owed to someone, not a deed anyone takes on
        "Individuals must be free to communicate and choose freely the means to do so.",
        "The company should be able to expect a reasonable return on their investment.",
        # a role's relative clause foresees a part; it does not take one
        "We recognise the important role that services will play in the growth of our region.",
        "Aware of the critical role that local government will play in mobilizing communities.",
        "The role that local government will continue to play in mobilizing finance is key.",
        "Both Ministers welcomed the positive momentum in the bilateral relationship.",
        "They welcomed the vibrancy of the economic partnership between the two countries.",
        "The two sides welcomed the continued strengthening of relations between them.",
        "Ministers welcomed the emergence of the first approved vaccines for COVID-19.",
        "Prime Minister Modi was accorded a high level ceremonial welcome on arrival.",
        "Earlier today, Prime Minister Wong received a ceremonial welcome at the Palace.",
        "We enjoy excellent relations, anchored by a shared and unwavering commitment to"
        " multilateralism and the rules-based international order.",
        "Our relationship is underpinned by an unwavering commitment to free trade.",
        "However, more funding will be needed.",
        "Systematic efforts will be needed to achieve greater synergies.",
        "In our concluding remarks we will not be able to do justice to the debate.",
        "The ultimate success will depend on implementation.",
        "China was poised to become India's largest trade partner.",
        "The two sides agreed that regular exchanges are essential to the relationship.",
        "The goal is to shape early-career networks.",
        "Italy is expanding cultural diplomacy and academic cooperation.",
        "This reflects Rome's tangible commitment to deeper engagement.",
        "We welcome the developments reached so far since the summits in Dubrovnik and Warsaw.",
        "We welcome the strong and continuous support of our partners.",
        "We are pleased to welcome the high-level participation of the United States.",
        "Welcomed the successful completion of the Plan of Action.",
        "We are facing a world of growing uncertainty.",
        "The report recalled what had been agreed upon by the ministers.",
        "All parties agree that cooperation is in the fundamental interests of the six countries.",
        "Financial resources directed toward Africa to promote growth.",
        # said as it is written
        "We wish to express our appreciation for the opportunity of a Summit.",
        "I would also like to grab this opportunity to express my sincere congratulations.",
        "First, I would like to once again thank President El-Sisi for the warm welcome.",
        "I would like to inform you that the cooperation between us transcends goodwill.",
        "I would like to place our visit today in a broader context.",
        # a greeting, and a guest welcomed
        "Welcome to the United Nations",
        "I am delighted to welcome New Zealand Prime Minister, the Rt. Hon. Jacinda Ardern.",
        "We would like to thank the hosts for their hospitality.",
        "The Ministers welcomed the opportunity to gather once again on an informal basis.",
        "The Foreign Minister welcomed the visiting dignitaries.",
        "In that spirit, the EU and the UK welcomed the cooperation until now.",
        "Delegations will find attached the conclusions adopted by the European Council.",
        "They hold that the partnership will make an important contribution to peace.",
        "The King paid a State Call on Their Majesties The Emperor and Empress.",
        "The objective would be to foster political dialogue and cooperation.",
        "At the end of the summit they adopted a declaration, which was endorsed by all.",
        "Strong rules on carbon markets will provide confidence to private investors.",
        "The reports demonstrate how countries will deliver on the commitments made in Dubai.",
        "We share concerns about economic coercion that seeks to exploit dependencies.",
        "The leaders spoke of restoring hope to our peoples.",
        "The agreed principles on trade mean that markets are open.",
        "ALSO READ: Xi urges China and EU to strengthen bilateral ties",
        "Must read",
        "The Parties agreed to recess.",
        # the importance of a thing, not of doing
        "The Ministers stressed the importance of trade as a part of the policy.",
        "The two leaders agreed that there is much scope to increase cooperation.",
        "They agreed that the shared heritage provided the foundation of the relationship.",
        "Both sides agree that the sound development of relations serves the interests of all.",
        "They welcomed the opportunity of making each other's acquaintance.",
        "We welcomed the commemoration of the 15th Anniversary of the Strategic Partnership.",
        "By continuing to browse the site, you are agreeing to our use of cookies.",
        "External links to other Internet sites should not be construed as an endorsement.",
        "They discussed the problems of the peoples of the world who are resolved to be free.",
        "We share common values, including a strong commitment to democracy.",
        "The Ministers welcomed Secretary of State Antony J. Blinken to New Delhi.",
        "In this regard, we agreed to adopt the Joint Statement of the 22nd Summit.",
        "Ten decisions have been adopted today.",
        "They expressed appreciation for the Special Fund, which has supported many projects.",
        "Pleased to call on President Ranil Wickremesinghe on the side-lines of the Summit.",
        "We welcomed the deepening of friendship and cooperation over the past 45 years.",
        "We noted with satisfaction that relations continued to be strong.",
        "At this particular time we wish to celebrate his life-long dedication.",
        "The SPA will set the stage for even stronger collaboration.",
        "The Outcome Document comprises the text, which was unanimously agreed to by all.",
        "The Council welcomes the agreement reached at the IGC on 18 October 2024.",
        "These priorities seek to deepen regional connectivity.",
        "NATO is a defensive Alliance that strives for peace and stability.",
        "The two leaders underscored the importance of a fair and open trading system.",
        "Noting that both Australia and Japan had welcomed the formation of Malaysia.",
        "In February, the two leaders agreed to this Economic Dialogue when they met.",
        "Ministers endorsed the Food Security Framework in 2024.",
        "Based on the recommendations put forward in the reports, conclusions were drawn.",
        "This will provide real trade opportunities for producing countries.",
        "The Prime Minister raised two events which he believed would define the region.",
        "The fund is intended to support small firms.",
        "The following decisions were adopted among others:",
        "A key outcome was the declaration emphasizing the strategic importance of the route.",
        # what must (not) be so: judgements
        "Any future peace agreement must be firmly rooted in international law.",
        "Russia must not succeed in its malign intention.",
        # an effect foreseen, not an act promised
        "These steps will enable progress towards a more ambitious agenda.",
        "We believe this joint Summit will lead to greater trust, and will promote cooperation.",
        "Russian hostile incursions will not intimidate us.",
        "A focus on quality investments will ensure sustainable growth.",
        "This forum provides the opportunity to agree on how to meet other challenges.",
        "This reflects both countries’ commitment to the marquee project.",
        "This should be the primary aim of any common action.",
        "President Tokayev hailed the visit as the beginning of a new chapter.",
        # praise of what is or was
        "The Council also hailed the achievements made by the Iraqi Government.",
        "The two sides hailed the success of the Summit held in Hanoi.",
        # a capitalised Will inside a sentence is a name
        "A delegation headed by Will Francis met in London to consult on fisheries for 2024.",
        "Leaders welcomed Premiers Andrews and Palaszczuk to their first meeting.",
        "After the welcoming ceremony, the leaders met.",
        "They agreed that working with safe third countries is part of the answer.",
        "We reaffirmed the importance of ASEAN Centrality and Unity.",
        "They noted that the meeting was a success.",
        "They expressed satisfaction with the progress achieved.",
        "The EU stands by its Western Balkans partners.",
        "The Participants welcomed the increased frequency of meetings at leaders’ level.",
        "He confirmed to the press that the talks went well.",
        "Syrian refugees can be offered greater support.",
        "They expressed that closer relations would be to the mutual benefit of their nations.",
        "The objective of the negotiations will be to work out effective agreements.",
        "Italian sources affirm Rome’s commitment to formal formats.",
        "In order to fight illegal immigration, the ministers agreed on the following measures.",
        "Mr. Roper asked the Secretary of State whether he will make a statement on the meeting.",
        "We reaffirm the importance of existing trade agreements among us.",
        "We welcome the positive start made by the WTO.",
        "The Indian Foreign Secretary also called on the Foreign Minister Mr. Gohar Ayub Khan.",
        "These Agreements when concluded will contribute towards stronger cooperation.",
        "Leaders highly appreciated ongoing cooperation within the United Nations.",
        "We welcomed the unanimous approval of Security Council Resolution 1546 on Iraq.",
        "A Ministerial meeting on “Re-Energising Doha – A Commitment to Development” closed.",
        "The scale of the coronavirus crisis calls for our unity and solidarity.",
        "The recent outbreak of Zika highlights the need to strengthen health systems.",
        "The composition of this delegation underscores the importance both sides attach to it.",
        "They agreed that closer integration would offer opportunities to expand trade.",
        "Having reviewed its progress and acknowledged that it should have been advanced;",
        "Underscoring the critical role of the CARICOM Development Fund (CDF);",
        "Having exchanged views and encouraged by their commitment to the project, they met.",
        "Recognising that the goal of our regional integration process is to enhance welfare;",
        "The link matters, as it will foster greater people-to-people ties.",
        # a noun, and judgements of what a thing will be or cause
        "Such a will and commitment is captured in the Washington Declaration.",
        "The launching of the Fund will be instrumental for the development of projects.",
        "The aggression will have a long-term negative impact on the region.",
        # noting a briefing, welcoming guests, naming areas
        "The Council takes note of the briefing by the Minister of Foreign Affairs.",
        "We welcomed Ministers representing Association Countries.",
        "We thank the other invited guests for their contributions.",
        "We see potential for cooperation in the identified priority areas of BIMSTEC.",
        "The objectives as outlined in the 1997 Bangkok Declaration remain valid.",
        # a lead-in: the list under it holds the promises
        "With this goal in mind, we have agreed on the following.",
        # an approval told, with its past date
        "This vision was endorsed by the Supreme Council in December 2015.",
        # a noun, not an imperative
        "Support for Ukraine grew strongly.",
        "Parliamentary scrutiny is underway, and will inform our work.",
        "Our partnership rests on a conviction that Africa's peoples will help define the future.",
        "Many of the reforms that Leaders agreed upon today are about health.",
        "The two sides discussed their shared ambition for greater prosperity.",
        "We recall our commitments made at the 4th Summit held in Brussels in April 2014.",
        "We express our profound gratitude for the warm welcome and hospitality.",
        "South Africa welcomed constructive discussions on priorities.",
        "We agreed that the energy sector is a solid foundation for cooperation in the region.",
        "Leaders adopted the Declaration to address the need for sustainable fisheries.",
        "Merchandise trade contracted as demand growth slowed.",
        "We share a vision for a free, open and resilient Indo-Pacific.",
        "We welcome the developments highlighted in the previous summits.",
        "We are very pleased to welcome Japan as the 4th strategic partner.",
        "The leaders welcomed the work carried out by the Committee of Representatives.",
        "The Heads of State welcomed the entry of Afghanistan into SAARC.",
        "Both Leaders welcomed the exchange of high-level visits this year.",
        "We strongly oppose unilateral actions that seek to change the status quo by force.",
        "They shared the view that the visit will become an important opportunity.",
        "Our founding values will remain the foundation of our engagement.",
        "They agreed that the informal nature of ASEM has allowed it to be responsive.",
        "They agreed that the Agreement was the most effective way to proceed.",
        "All ministers agreed to all paragraphs except for paragraphs 3, 8, and 9.",
        "Recalling the commitment of APEC leaders in the Putrajaya Vision 2040.",
        "They also welcomed the new Chief Executive Officer.",
        "The two Prime Ministers welcomed steady implementation of the Action Plan.",
        "They welcomed the launching of the joint assessment exercise in January 2005.",
        "Concerned that Africa is the only continent where poverty is expected to rise.",
        "Skip to main content",
        "According to the document, the leaders met.",
        "They welcomed the newly-established Combined Task Force 153.",
        "They also welcomed Saudi Arabia’s assumption of command of Combined Task Force 150.",
        "Crime was the focus of the Meeting as agreed at the Nineteenth Meeting in Nassau.",
        "They agreed that the relationship enjoys strong momentum and people-to-people ties.",
        "Invited Countries – Algeria, Denmark, Ireland and Nigeria.",
        "The measures to be implemented include training.",
        "Poland, at this stage, could not commit to implementing this objective.",
        "The transition to climate neutrality will bring significant opportunities.",
        "Forward-looking research policies will have a key role.",
        "In the event that the withdrawal agreement is approved by the House of Commons.",
        "We, the Energy Ministers, met in Goa on 22 July 2023, with the aim to share views.",
        # a commitment that describes them, or a fact about a commitment
        "Today, Europe is guided by a philosophy of inclusion and by a common commitment to "
        "multilateralism.",
        "Our nations are bound together by ties of friendship and a resolute commitment to our "
        "shared values.",
        "Our shared views and commitment to international law are widely recognized.",
        "It emphasized its commitment is backed by the full range of its capabilities.",
        # a visitor greeted, a development welcomed, what a thing will cause
        "On arrival, Shri Narendra Modi was welcomed by Mr Nyesom Wike, the Minister.",
        "The AFTA Council welcomed the strong surge in ASEAN exports.",
        "France welcomes the rapprochement between Ethiopia and Eritrea.",
        "We welcome the frank and open discussion in the Council.",
        "The Ministers welcomed the release of their National Security Strategies.",
        "Leaders also welcomed the renewal of the Memorandum of Understanding on Tourism.",
        "The two countries welcome regular annual consultations held between state secretaries.",
        "Both ministers welcomed the steps being taken to establish an improved relationship.",
        # an anniversary noted, a support given before
        "The ministers noted that 2023 would mark the 140th anniversary of diplomatic relations.",
        "They noted with satisfaction the upcoming 50th anniversary of diplomatic relations.",
        "Since its inception in 2000, Gavi has supported vaccinations in 68 countries.",
        "Canada and Chile have recently supported each other through technical assistance.",
        "Further delays will only complicate the situation.",
        "Their strengthened strategic cooperation will propel a new dynamic.",
        # a preamble granting a thing's worth (emphasizing it is a call: an intent)
        "Recognizing the importance of maintaining peace and cooperation in the Arctic,",
        # satisfaction with what has been achieved
        "The Leaders expressed satisfaction with the continued progress made by PETRONAS.",
        "The Ministers noted with satisfaction the progress in cooperation over the past year.",
        # a capitalised cue inside a name after "the"
        "All members have signed the Global Pledge on Media Freedom.",
        "The Alliance bolstered support for the Paris Call for Trust and Security in Cyberspace.",
        # agreeing on what a thing is
        "Both sides agreed that the memory of the Shoah continues to be a pillar of their ties.",
        "They agreed that an exchange of experiences would be of great benefit to each other.",
        "We firmly agree that the cornerstone of R2P is the primary responsibility of States.",
        "We also agree that accountability is critical in order to translate R2P into action.",
        "The Leaders agreed that people-to-people linkages provide the bedrock for the relationship.",
        # what the thing just named will cause
        "It will give an additional boost to the rapid development of cooperation.",
        "This will allow us to focus our collective expertise on the priorities.",
        "The Canada-Mexico Action Plan will serve as the directive for concrete actions.",
        # members and a chair greeted
        "Welcome new Members, Argentina, Senegal, Serbia and Türkiye",
        "The states welcomed Albania, Colombia, Costa Rica and Uruguay as new CRI members.",
        "The states welcomed Albania, Colombia, INTERPOL, and Uruguay as new CRI members.",
        "The Meeting welcomed Norway, Trinidad and Tobago and the International Energy Forum,"
        " IEF, as observers.",
        # a guest welcomed: hospitality
        "Prime Minister Modi warmly welcomed Chancellor Olaf Scholz on his third visit to India.",
        "The President welcomed his guest on the red carpet.",
        "Secretary Pompeo, dear Mike, welcome back to Jakarta.",
        "The delegation was warmly welcomed by H.E. Dr. Abdalla Hamdouk, the Prime Minister.",
        "The President has the honour to welcome the President of the [French Republic] H. E."
        " Emmanuel Macron on a state visit to Indonesia.",
        # the text's own final clause
        "In case there is any divergence of interpretation, the English text shall prevail.",
        "The Council welcomed the Chair of the EFTA Board of Auditors, who briefed delegates.",
        # a thing's readiness, not a party's
        "ASEAN is a Community that is prepared to seize future opportunities.",
        # a body's aims described, not an aim the parties restate
        "The process goes on, highlighting its aims of strengthening development.",
        # what a relationship rests on, described
        "The partnership is based on a shared commitment to democracy and free trade.",
        "The foundation of our relationship is a shared commitment to democratic principles.",
        "They share a partnership underpinned by mutual commitment to universal values.",
        # what a thing will be worth; what a relationship rests on or holds
        "The two countries' policies will be pivotal for the development of the relationship.",
        "The partnership is a cornerstone of our shared strength, prosperity, and commitment to freedom.",
        "The leaders reaffirmed that a mutual commitment to democracy is a key pillar of the partnership.",
        # how relations stand, welcomed
        "Both leaders welcomed the friendly and unwavering bilateral relations.",
        "The two ministers welcomed the excellence of the ties of friendship between them.",
        # a risk feared
        "We are concerned that the recent seismic activities will destabilise sunken vessels.",
        # a call paid on someone, with nothing asked of them
        "The External Affairs Minister of India called on the Thai leader.",
        "He also called on the Vice-President of India during his visit.",
        # a decision told, opened by a time gone by
        "In June last year, the two leaders made a decision to hold ministers' meetings.",
        "At their first meeting last year, the two prime ministers agreed to set up a dialogue.",
        # a principle kept, not a step taken
        "International humanitarian law must be respected.",
        "The collective defence commitments of member states must be maintained.",
        "Russia must be held accountable for its actions in Ukraine.",
        "Military aggression to change the borders of Europe must never be accepted.",
        "Attempts to undermine the institutions of European security must be firmly resisted.",
        "All aspects of the budget should be consistent with our European priorities.",
        "The sovereignty and territorial integrity of all countries should be respected.",
        # a consensus not reached, a thing's importance stressed "on"
        "Senior Officials could not reach a consensus on the paper.",
        "The mediators are helping the parties reach consensus on a ceasefire.",
        "The two sides stressed on Beijing's role in the peace process.",
        "Both sides stressed on everything being done in accordance with international law.",
        # an importance or priority denied, experts posted to a body, a confirm of another's
        "Previous donors gave little importance to strengthening local health systems.",
        "They assigned technical experts from both sides to the joint working group last year.",
        "As confirmed by the 2023 census, our societies share values such as a commitment to "
        "pluralism and tolerance.",
        "Both presidents emphasized on the special relations between the two countries.",
        # a need among what was discussed
        "We discussed our counterterrorism cooperation, and that includes the need to share more.",
        # cooperation welcomed as it stands
        "They welcomed the close collaboration between the relevant authorities on security.",
        "They welcomed the robust and multifaceted cooperation under the Strategic Partnership.",
        "The Ministers welcomed the enhanced cooperation at both the policy and military level.",
        # a meeting held is one past
        "They welcomed the partnership dialogue held for the first time under the Agreement.",
        "They welcomed the first Business Forum held in the margins of the summit.",
        "They welcomed the inaugural Bilateral Consultation Meeting held on 18 September 2024.",
        # what people are, not a priority ahead
        "Human beings are the focus of sustainable development concerns.",
        # values held in common: what the parties are
        "India and Chile share a common commitment to democratic governance and the rule of law.",
        "Korea and the UK share a joint commitment to the principles of democracy.",
        "The warmth of our relations reflects a common commitment to the ideals of freedom.",
        "Our two countries share a commitment to important democratic values.",
        "Nigeria and the United Kingdom share a mutual commitment to Commonwealth values.",
        # what a visit is for, people's or markets' interest, a denial (the second attacker's)
        "The purpose of the visit is also to strengthen ties.",
        "Nobody is interested in another war.",
        "Analysts are interested in whether rates fall by 2026.",
        "Reporters from both countries were particularly interested in the deal.",
        "Japan denied that it was interested in the islands.",
        "The stock market is interested in lower interest rates.",
        # a host's greeting
        "I am glad to welcome and host you in the Republic of Armenia.",
        "It is a great pleasure to welcome my friend and colleague, the Minister.",
        "I am delighted to welcome all of you to Moscow for a regular meeting.",
        # a count or a price registered, not a party's interest (the attacker's)
        "The euro registered support at 1.05 against the dollar.",
        "The trade fair registered strong interest from over 200 companies.",
        "The voters registered their support for the opposition in the referendum.",
        "Japan registered the interest of 40 companies in the tender.",
        # invitations refused, to a reception or to tender (the attacker's)
        "Despite repeated invitations to attend, the Russian delegation did not take part.",
        "The Embassy issued invitations for the National Day reception.",
        "The ministry extended invitations to tender for the construction of the bridge.",
        # a priority someone else foresees or asks about (the attacker's)
        "Analysts said inflation will be the top priority for the central bank.",
        "According to the report, Africa will be a key focus of investors next year.",
        "Whether climate will remain a priority for the new government is unclear.",
        "Critics warn that security will remain the main focus of the alliance.",
    ],
)
def test_the_past_observations_and_judgements_are_not_commitments(sentence: str) -> None:
    assert found(sentence) == []


def test_a_sentence_with_two_commitments_gives_two_candidates_each_with_its_deadline() -> None:
    text = (
        "Specifically, a round table on water resources in the Central Asia–Italy format is "
        "planned by 2026, and a similar event on sustainable energy technologies is expected "
        "in 2027."
    )
    candidates = extract(text, DECLARED)
    assert [(c.quote, c.due, c.strength) for c in candidates] == [
        (
            "a round table on water resources in the Central Asia–Italy format is planned by 2026",
            "by 2026",
            "pledge",
        ),
        (
            "a similar event on sustainable energy technologies is expected in 2027.",
            "2027",
            "pledge",
        ),
    ]
    assert [c.title for c in candidates] == [
        "Round table on water resources in the Central Asia–Italy format",
        "Similar event on sustainable energy technologies",
    ]


def test_a_gerund_after_a_preposition_is_no_second_cue_and_both_objects_keep_the_date() -> None:
    text = (
        "We will work towards finalising the Readiness Strategy and the Joint Action Plan by "
        "March 2015 to guide the partner countries in preparing to host the telescope."
    )
    candidates = extract(text, Settings(declared=dt.date(2014, 3, 26)))
    assert [(c.quote, c.due, c.strength) for c in candidates] == [(text, "by 2015-03", "pledge")]


def test_an_approved_proposal_is_a_pledge_and_each_part_has_its_host() -> None:
    text = (
        "The proposal to hold the next Central Asia–Italy Summit in the Kyrgyz Republic in 2027 "
        "and the fourth Foreign Ministers' Conference in Italy in the spring of 2026 was approved."
    )
    candidates = extract(text, DECLARED)
    assert [(c.strength, c.due, c.host) for c in candidates] == [
        ("pledge", "2027", "KG"),
        ("pledge", "spring 2026", "IT"),
    ]


def test_a_cue_on_one_side_and_a_date_on_the_other_are_one_clause() -> None:
    text = "Giorgia Meloni will officially visit Kazakhstan and Uzbekistan on May 28-29, 2025."
    candidates = extract(text, Settings(declared=dt.date(2025, 5, 20)))
    assert [(c.quote, c.due) for c in candidates] == [(text, "2025-05-28/2025-05-29")]


def test_the_and_of_between_two_names_joins_no_clauses() -> None:
    # (a newcomer's readout: "between Tokyo" and "Astana would be launched next year"
    # were two candidates, the second a pledge of Kazakhstan's)
    text = (
        "Both ministers expressed their hope that direct flights between Tokyo and Astana"
        " would be launched next year."
    )
    [one] = extract(text, Settings(declared=dt.date(2026, 3, 14)))
    assert (one.quote, one.strength, one.due) == (text, "intent", "2027")
    # "between the two countries and" may end a phrase: a clause of its own follows
    two = extract(
        "They agreed to strengthen ties between the two countries and Japan will host the"
        " next meeting in 2027.",
        Settings(declared=dt.date(2026, 3, 14)),
    )
    assert [c.due for c in two] == [None, "2027"]


def test_will_is_a_pledge_in_a_report_and_a_forecast_in_a_commentary() -> None:
    report = "In a symbolic exchange, a street in Astana will be named after Marco Polo."
    commentary = f"Analysis and outlook.\n\nKey takeaways.\n\n{report}"
    assert is_commentary(commentary) and not is_commentary(report)
    assert found(report)[0][0] == "pledge"
    assert [s for s, q in found(commentary) if q == report] == ["forecast"]


def test_headings_are_not_candidates_but_a_headline_future_is() -> None:
    assert is_heading("Two-Tier Commitment to Strengthen Capabilities")
    assert not is_heading("The leaders agreed to strengthen capabilities.")
    assert found("Two-Tier Commitment to Strengthen Capabilities") == []
    headline = "Antigua and Barbuda to Host the Commonwealth Heads of Government Meeting in 2026"
    assert [(c.strength, c.due) for c in extract(headline, DECLARED)] == [("pledge", "2026")]


def test_parties_by_name_official_name_adjective_and_capital_and_a_summit_s_by_default() -> None:
    text = "Kyrgyz and Italian ministers agreed to meet in the Kyrgyz Republic; Rome will fund it."
    first, second = extract(text, DECLARED)
    assert (first.named, first.host) == (("KG", "IT"), "KG")
    assert second.named == ("IT",)
    summit = Settings(declared=DECLARED.declared, parties=("IT", "KZ", "KG"))
    # the summit's parties the sentence names as acting; all of them when none is named,
    # or when only an outsider is ("Japan will fund it": not the summit's to score)
    assert [c.parties for c in extract(text, summit)] == [("KG", "IT"), ("IT",)]
    got = extract("We agreed to meet in 2027. Japan will fund it.", summit)
    assert [c.parties for c in got] == [("IT", "KZ", "KG")] * 2


def test_a_hard_wrapped_paragraph_is_read_as_one_and_quoted_as_written() -> None:
    text = (
        "The parties reiterated their determination to\n"
        "earnestly fulfill their commitments, and the five working groups will meet at\n"
        "the end of August.\n- A list item\nHeading"
    )
    candidates = extract(text, Settings(declared=dt.date(2007, 7, 20)))
    assert [(c.strength, c.due) for c in candidates] == [("pledge", None), ("pledge", "2007-08")]
    assert candidates[1].quote == "the five working groups will meet at\nthe end of August."


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0c"], ids=repr)
def test_every_kind_of_line_break_wraps_a_paragraph_as_a_newline_does(newline: str) -> None:
    """A Windows file's CRLF kept every wrapped sentence cut at its line's end."""
    text = (
        "The parties reiterated their determination to\n"
        "earnestly fulfill their commitments, and the five working groups will meet at\n"
        "the end of August.\n- A list item\nHeading"
    ).replace("\n", newline)
    candidates = extract(text, Settings(declared=dt.date(2007, 7, 20)))
    assert [(c.strength, c.due) for c in candidates] == [("pledge", None), ("pledge", "2007-08")]
    assert candidates[1].quote == f"the five working groups will meet at{newline}the end of August."
    assert all(text[c.start : c.end] == c.quote for c in candidates)


def test_relative_deadlines_wait_for_a_declared_day() -> None:
    text = "The San Carlo Theatre is scheduled to stage the opera next year."
    assert [c.due for c in extract(text, DECLARED)] == ["2026"]
    [undated] = extract(text, Settings())
    assert undated.due is None and undated.deadline is not None
    assert undated.deadline.words == "next year"


_WORDS = st.sampled_from(
    [
        "the leaders",
        "agreed to",
        "will",
        "welcomed",
        "by 2026",
        "in the spring of 2027",
        "next year",
        ", and",
        "; ",
        " while ",
        "Italy",
        "the Kyrgyz Republic",
        "(",
        ")",
        ".",
        "\n",
        "“",
        "”",
        "Proposals include",
        "noted",
        "is planned",
        "x\x1b[31m",
        "\u202e",
        "a round table",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_every_quote_is_exactly_the_text_at_its_place(text: str) -> None:
    read = unwrapped(text)  # line breaks that only wrap a line, read as spaces
    assert len(read) == len(text)
    for c in extract(text, DECLARED):
        assert text[c.start : c.end] == c.quote
        assert c.quote.strip() and read[c.start : c.end] in c.sentence.text
        assert read[c.sentence.start : c.sentence.end] == c.sentence.text
        assert text[c.cue_start : c.cue_start + len(c.cue)] == c.cue
        if c.deadline is not None and c.deadline.start >= 0:
            assert text[c.deadline.start : c.deadline.end] == c.deadline.words
        assert 0.0 < c.confidence <= 1.0
        assert c.title.strip()


def test_a_title_names_what_is_held_and_what_the_parties_are_urged_to_do() -> None:
    """A newcomer's titles: "Annually from 2027", "To respect international law"."""
    text = (
        "The leaders agreed to:\n- establish a joint cyber-defence exercise, to be held "
        "annually from 2027;\nThey urged all parties to respect international law."
    )
    got = extract(text, Settings(declared=dt.date(2026, 2, 20)))
    assert [c.title for c in got] == [
        "Establish a joint cyber-defence exercise",
        "Respect international law",
    ]


def test_a_negated_promise_keeps_its_negation_in_the_title() -> None:
    [c] = extract("Italy will not open a consulate in Bishkek this year.", DECLARED)
    assert "not open" in c.title


def test_titles_keep_currency_and_percent_and_drop_when_and_who_said_it() -> None:
    [c] = extract(
        "The ministers agreed on Monday to build a €50 million road, cutting costs by 30%.",
        DECLARED,
    )
    assert c.title == "Build a €50 million road, cutting costs by 30%"
    assert c.due is None  # "on Monday" in a report is when it was agreed
    [d] = extract("The two sides will hold a forum next spring, the ministry said.", DECLARED)
    assert (d.title, d.due) == ("Hold a forum", "spring 2026")


def test_the_acting_parties_are_those_named_before_the_cue() -> None:
    [c] = extract("Rome now seeks alternative energy supplies beyond Russia and China.", DECLARED)
    assert c.parties == ("IT",) and set(c.named) == {"IT", "RU", "CN"}


def test_the_following_is_agreed_leads_into_a_list_and_is_what_was_agreed() -> None:
    text = textwrap.dedent("""\
        And the following is agreed:

          • The creation of a Transitional Presidential Council of seven members.
          • The Council will exercise presidential authorities during the transition.
        """)
    got = found(text)
    assert got[0] == ("pledge", "And the following is agreed:")
    assert (
        "pledge",
        "The Council will exercise presidential authorities during the transition.",
    ) in got
    # words that point ahead after the verb lead nowhere: the verb stays where it is
    assert found("The talks covered these topics: trade will grow.") == [
        ("pledge", "The talks covered these topics: trade will grow.")
    ]


def test_dated_adjuncts_parted_by_commas_are_a_promise_each() -> None:
    declared = Settings(declared=dt.date(2021, 10, 31))
    text = (
        "We look forward to our next meetings in Italy in 2021, Indonesia in 2022, India in 2023."
    )
    got = extract(text, declared)
    assert [(c.quote, c.due) for c in got] == [
        ("We look forward to our next meetings in Italy in 2021", "2021"),
        ("Indonesia in 2022", "2022"),
        ("India in 2023.", "2023"),
    ]
    assert {c.strength for c in got} == {"intent"}
    # a comma inside one date, or between a place and its date, parts nothing
    assert len(extract("The summit will be held in Rome, Italy, on 5 May 2026.", declared)) == 1
    restrictions = extract(
        "We will restrict imports by January 1, 2024, followed by further restrictions"
        " targeting March 1, 2024.",
        declared,
    )
    assert [c.due for c in restrictions] == ["by 2024-01-01", "2024-03-01"]


def test_lines_ending_in_semicolons_under_a_colon_are_a_list_without_marks() -> None:
    text = textwrap.dedent("""\
        DECIDES that the CFTA should be operationalized by 2017, with the following milestones:
        Finalization of the Tripartite FTA initiative by 2014;
        Consolidation of the regional FTAs between 2015 and 2016;
        Establishment of the Continental Free Trade Area by 2017.
        The Assembly will meet again in 2013.
        """)
    got = extract(text, Settings(declared=dt.date(2012, 1, 30)))
    assert [(c.cue, c.due) for c in got] == [
        ("DECIDES that", "by 2017"),  # the verb whose complement holds "should" leads
        ("DECIDES that", "by 2014"),
        ("DECIDES that", "2015/2016"),
        ("DECIDES that", "by 2017"),
        ("will", "2013"),  # the item before ended with a full stop: the list is over
    ]


def test_an_infinitive_item_is_a_clause_of_the_lead_in_s_verb() -> None:
    text = textwrap.dedent("""\
        We commit to the following actions to drive this transition forward:

          1. To scale up our deployment of clean power generation;
          2. To cease issuance of new permits for coal power projects.
        """)
    got = found(text)
    assert ("pledge", "To scale up our deployment of clean power generation;") in got
    assert ("pledge", "To cease issuance of new permits for coal power projects.") in got
    assert found("Our shared vision is to accelerate a transition away from coal.") == [
        ("intent", "Our shared vision is to accelerate a transition away from coal.")
    ]


def test_a_lead_in_that_is_a_judgement_leads_its_items_nowhere() -> None:
    text = textwrap.dedent("""\
        The speakers explained that Gavi's work will be critical to:
        -
        sustaining immunisation coverage on vaccine preventable diseases
        -
        bolstering the resilience of primary health care systems
        """)
    assert found(text) == []


def test_a_second_subject_s_clause_in_what_was_agreed_is_its_own() -> None:
    declared = Settings(declared=dt.date(2022, 1, 13))
    text = (
        "Both parties have agreed that the first round will begin on 17 January, and future"
        " rounds will take place every five weeks."
    )
    got = extract(text, declared)
    assert [(c.cue, c.due) for c in got] == [("agreed that", "2022-01-17"), ("will", None)]
    # one subject, two verbs: one clause
    assert len(extract("They agreed that they will meet and will sign the accord.", declared)) == 1


def test_where_she_will_is_a_clause_of_its_own_and_undated() -> None:
    declared = Settings(declared=dt.date(2010, 1, 6))
    text = (
        "Secretary Clinton will travel to Papua New Guinea on January 14 where she will"
        " hold bilateral meetings."
    )
    got = extract(text, declared)
    assert [(c.quote, c.due) for c in got] == [
        ("Secretary Clinton will travel to Papua New Guinea on January 14", "2010-01-14"),
        ("where she will hold bilateral meetings.", None),
    ]


def test_a_wrapped_line_ending_on_a_verb_or_a_date_goes_on() -> None:
    text = textwrap.dedent("""\
        Peters will travel to Fiji this week to attend the Pacific
        Islands Forum Foreign Ministers’ Meeting on 26
        July.
        Mr Peters will be
        in Fiji from 25 to 27 July.
        """)
    got = extract(text, Settings(declared=dt.date(2019, 7, 24)))
    assert [c.due for c in got] == ["2019-07-26", "2019-07-25/2019-07-27"]
    assert got[1].quote == "Mr Peters will be\nin Fiji from 25 to 27 July."


def test_a_short_wrapped_line_ending_on_a_preposition_goes_on() -> None:
    text = textwrap.dedent("""\
        At this conference, we have welcomed Armenia, Azerbaijan, Georgia, Moldova
        and Ukraine as
        new participating countries in the Bologna Process. We commit ourselves to
        assisting them.
        """)
    got = extract(text, Settings(declared=dt.date(2005, 5, 20)))
    assert [c.cue for c in got] == ["commit ourselves to"]


def test_a_guest_s_own_decision_welcomed_is_still_an_intent() -> None:
    got = extract(
        "The Global Fund enthusiastically welcomes President Joe Biden's decision to host the"
        " Seventh Replenishment Conference.",
        Settings(declared=dt.date(2022, 1, 1)),
    )
    assert [c.strength for c in got] == ["intent"]
    # a clause that only names what prevails is a party's act
    assert len(extract("Peace shall prevail in the region.", Settings())) == 1


def test_a_blank_line_inside_a_sentence_goes_on_only_when_its_words_plainly_do() -> None:
    """A PDF's copy left "the importance of", a blank line, then "further strengthening"."""
    text = textwrap.dedent("""\
        2. Recalling all our previous declarations, we emphasise the importance of

        further strengthening BRICS solidarity and cooperation.
        """)
    got = extract(text, Settings(declared=dt.date(2016, 10, 16)))
    assert [(c.strength, c.cue) for c in got] == [("intent", "emphasise the importance")]
    assert got[0].quote.endswith(
        "importance of\n\nfurther strengthening BRICS solidarity and cooperation."
    )
    # a paragraph's end stays one: the line before ends on no open word, or the next is
    # a new sentence
    assert unwrapped("The leaders met in Rome in\n\nMay.") == "The leaders met in Rome in\n\nMay."
    assert unwrapped("We agreed the plan\n\nwill follow.") == "We agreed the plan\n\nwill follow."


def test_an_item_numbered_in_brackets_starts_a_line_of_its_own() -> None:
    # an action plan's items, "(1) Enhance …" under "(2) Exchange …": no line wraps into
    # the next item, whether its number or letter is bracketed or not (a bracketed one
    # before a capital: "(a) of this Agreement" is a reference that wraps)
    text = textwrap.dedent("""\
        (1) Enhance policy coordination on security issues in the Asia Pacific region and beyond
        (2) Exchange information and coordinate policy with respect to North Korea issues
        (a) Annual Defence Ministerial meeting with its own calendar of activities
        (iv) Establish a dialogue on cooperation in the Pacific and other regions too
        """)
    assert unwrapped(text) == text
    got = extract(text, Settings(declared=dt.date(2007, 9, 9)))
    assert [c.quote for c in got if c.cue == "Enhance"] == [
        "Enhance policy coordination on security issues in the Asia Pacific region and beyond"
    ]


def test_a_recall_does_not_govern_the_next_verb_after_comma_and() -> None:
    """The Committee "recalled its engagement …, took into account the report …, and instructed the
    Deputies to": the instruction is today's act."""
    text = (
        "The Committee of Ministers recalled its engagement at its 128th Session held in "
        "Elsinore on 18 May 2018, to continue the reform, took into account the report of "
        "the Secretary General, and instructed the Ministers’ Deputies to give appropriate "
        "follow-up to the proposals contained therein."
    )
    got = extract(text, DECLARED)
    assert [(c.strength, c.cue) for c in got] == [("pledge", "instructed the Ministers’ Deputies")]
    # what the recall governs stays the past
    assert found("The Council recalled that the parties agreed to hold talks in 2015.") == []


def test_what_a_preamble_says_would_be_needed_is_the_ground_for_the_main_clause() -> None:
    text = (
        "Recognizing that this level of ambition would require new, fair-trade terms, the "
        "leaders announced plans to negotiate the first tranche of a Bilateral Trade "
        "Agreement (BTA) by fall 2025."
    )
    got = extract(text, Settings(declared=dt.date(2025, 2, 13)))
    assert [(c.strength, c.cue, c.due) for c in got] == [
        ("pledge", "announced plans to", "by fall 2025")
    ]


def test_paragraphs_going_on_a_lead_in_in_lower_case_are_its_items_across_blank_lines() -> None:
    text = textwrap.dedent("""\
        The two leaders agreed on the following milestones:

        holding the first joint commission in March 2023

        opening a consulate in Mombasa by 2024

        The leaders also discussed the weather.
        """)
    got = extract(text, Settings(declared=dt.date(2022, 12, 14)))
    assert [(c.cue, c.due, c.quote) for c in got] == [
        ("agreed on", "2023-03", "holding the first joint commission in March 2023"),
        ("agreed on", "by 2024", "opening a consulate in Mombasa by 2024"),
    ]


def test_a_target_set_with_a_hyphenated_word_is_set() -> None:
    text = (
        "The United States has set an economy-wide target of reducing its net greenhouse gas "
        "emissions by 50–52 percent below 2005 levels in 2030."
    )
    got = extract(text, Settings(declared=dt.date(2021, 9, 9)))
    assert [(c.strength, c.due) for c in got] == [("pledge", "2030")]


def test_what_is_to_follow_as_a_result_of_a_dated_act_is_a_clause_of_its_own() -> None:
    text = (
        "The working group will hold its first meeting before 30 January 2021, as a result "
        "of which it will formulate a list of main activity directions."
    )
    got = extract(text, Settings(declared=dt.date(2021, 1, 11)))
    assert [(c.quote, c.due) for c in got] == [
        ("The working group will hold its first meeting before 30 January 2021", "by 2021-01-30"),
        ("as a result of which it will formulate a list of main activity directions.", None),
    ]


def test_the_present_of_a_schedule_is_a_promise_only_with_a_date_ahead() -> None:
    text = (
        "Secretary Clinton arrives in Honolulu on October 27 where she will meet with the "
        "Foreign Minister. The President returns to Pretoria after the summit. The returns "
        "on investment are high."
    )
    got = extract(text, Settings(declared=dt.date(2010, 10, 25)))
    assert [(c.cue, c.due, c.quote) for c in got] == [
        ("arrives", "2010-10-27", "Secretary Clinton arrives in Honolulu on October 27"),
        ("will", None, "where she will meet with the Foreign Minister."),
    ]


def test_a_headline_names_an_office_holder_who_is_to_act() -> None:
    declared = Settings(declared=dt.date(2008, 10, 29))
    got = extract("Minister Dlamini Zuma to depart for DRC", declared)
    assert [(c.strength, c.cue) for c in got] == [("pledge", "to depart")]
    # a press release's headline written as a sentence, with the visit's dates
    text = (
        "Minister Dlamini Zuma to depart for DRC ahead of the working visit of President "
        "Kgalema Motlanthe scheduled for 30-31 October 2008."
    )
    got = extract(text, declared)
    assert [(c.cue, c.due) for c in got] == [("to depart", "2008-10-30/2008-10-31")]
    # an office named before a relative clause is no decision's subject
    assert extract("The Minister to whom the report was sent spoke.", declared) == []


def test_a_sentence_opening_on_a_day_gone_by_tells_of_that_day() -> None:
    declared = Settings(declared=dt.date(2023, 6, 28))
    told = (
        "In June 2022, President Boric and Prime Minister Trudeau met in Ottawa and expressed "
        "their commitment to strengthening the partnership."
    )
    assert extract(told, declared) == []
    # what is still ahead in it stays; so does the day of the text, or a few days before
    # it (a release published after the meeting)
    got = extract("On 5 May 2022, the leaders agreed to meet again in 2024.", declared)
    assert [(c.cue, c.due) for c in got] == [("agreed to", "2024")]
    got = extract("On 26 June 2023, the leaders agreed to elevate the relationship.", declared)
    assert [c.cue for c in got] == ["agreed to"]


def test_a_title_case_headline_s_verb_is_no_name_s_word() -> None:
    got = extract("The Leaders Agree To Meet In 2027", Settings(declared=dt.date(2026, 1, 1)))
    assert [(c.strength, c.due) for c in got] == [("pledge", "2027")]


def test_a_weekday_written_before_its_date_names_that_date() -> None:
    got = extract(
        "The next Council meeting is scheduled for Monday 11 December 2023.",
        Settings(declared=dt.date(2023, 11, 14)),
    )
    assert [c.due for c in got] == ["2023-12-11"]  # not the Monday after the text


def test_a_headline_names_office_holders_in_the_plural_too() -> None:
    got = extract(
        "EFTA Ministers to meet in the Westman Islands on 23 June 2014",
        Settings(declared=dt.date(2014, 6, 20)),
    )
    assert [(c.cue, c.due) for c in got] == [("to meet", "2014-06-23")]


def test_an_attacker_s_cases_against_this_session_s_rules() -> None:
    """The first day that can be declared (a date a week before it does not exist), a
    chain of lower-case paragraphs under a lead-in, a past date after a weekday."""
    got = extract("We will meet in 2030.", Settings(declared=dt.date(1, 1, 7)))
    assert [c.due for c in got] == ["2030"]
    text = textwrap.dedent("""\
        The leaders agreed on the following steps:

        further cooperation on energy by 2030;

        the dinner that followed was held in the garden of the palace.

        next year the national orchestra celebrates its centenary in Vienna.
        """)
    got = extract(text, Settings(declared=dt.date(2024, 6, 1)))
    assert [c.quote for c in got] == ["further cooperation on energy by 2030;"]
    text = "He returns to South Africa on Tuesday, 2 January 2024."
    assert extract(text, Settings(declared=dt.date(2024, 6, 1))) == []


def test_a_newcomer_s_cases_before_a_month_and_a_headline_read_after_its_day() -> None:
    declared = Settings(declared=dt.date(2026, 3, 20))
    got = extract("The ministers will meet before June 2026.", declared)
    assert [c.due for c in got] == ["by 2026-05"]  # by the end of May
    got = extract("The ministers will meet before 1 June 2026.", declared)
    assert [c.due for c in got] == ["by 2026-06-01"]  # the day, as readers write it
    got = extract("The ministers will meet before the end of June 2026.", declared)
    assert [c.due for c in got] == ["by 2026-06"]
    got = extract("The ministers will meet before 2028.", declared)
    assert [c.due for c in got] == ["by 2027"]
    assert extract("Minister Tajani to visit Tallinn on 12 March", declared) == []
    # a place named after an effort is no venue; a summit's is
    got = extract("They will support de-mining efforts in Ukraine.", declared)
    assert [c.host for c in got] == [None]
    got = extract("They agreed to hold the next summit in Kyrgyzstan in 2027.", declared)
    assert [c.host for c in got] == ["KG"]
    got = extract("Minister Tajani to visit Tallinn on 12 April", declared)
    assert [c.due for c in got] == ["2026-04-12"]


def test_an_operative_paragraph_in_the_infinitive_is_a_decision() -> None:
    declared = Settings(declared=dt.date(2011, 11, 10))
    text = (
        "3. To hold the Trade Fair in Kulhudhuffushi, Maldives in 2012; and to develop modalities."
    )
    got = extract(text, declared)
    assert [(c.strength, c.cue, c.due) for c in got] == [
        ("pledge", "To hold", "2012"),
        ("pledge", "To hold", None),  # the second infinitive, after its semicolon
    ]
    # under a finite verb, infinitives after semicolons are the one commitment's list
    text = (
        "Leaders urged the working groups to pursue efforts to enhance competitiveness; to "
        "increase student mobility; to improve access to housing; and to initiate work in "
        "agribusiness."
    )
    assert [c.cue for c in extract(text, declared)] == ["urged"]
    # a purpose before the main clause, or "to this end", is no decision
    assert found("To help its partners, France made vaccine doses available.") == []
    assert found("To this end, the Council met.") == []


def test_two_verbs_with_one_object_are_one_clause_decided_by_the_nearer() -> None:
    declared = Settings(declared=dt.date(2022, 6, 25))
    got = extract(
        "We welcomed and accepted the offer of Samoa to host the next CHOGM in 2024.", declared
    )
    assert [(c.strength, c.cue, c.due) for c in got] == [("pledge", "accepted the offer", "2024")]
    assert found("The Summit noted and endorsed nine key priorities for health.") == [
        ("pledge", "The Summit noted and endorsed nine key priorities for health.")
    ]


def test_an_agreement_s_imperatives_and_the_end_of_a_span_it_dates() -> None:
    declared = Settings(declared=dt.date(2020, 4, 10))
    text = (
        "Adjust downwards their overall crude oil production by 10.0 mb/d, starting on 1st"
        " May 2020, for an initial period of two months that concludes on 30th June 2020."
    )
    got = extract(text, declared)
    assert [(c.cue, c.due) for c in got] == [("Adjust", "2020-06-30")]
    later = extract(
        "It will be followed by an adjustment for a period of 16 months, from 1st January 2021"
        " to 30th April 2022.",
        declared,
    )
    assert [c.due for c in later] == ["2021-01-01/2022-04-30"]
    for bullet in ("", "o ", "- "):
        assert found(f"{bullet}DPRK : Disable all existing nuclear facilities.") == [
            ("pledge", "DPRK : Disable all existing nuclear facilities.")
        ]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # a far deadline is not narrowed by a step on the way (the attacker's F1)
        ("We will phase out coal by 2040 building on the progress report due in 2026.", "by 2040"),
        (
            "We will complete the talks by 2030 after the ministerial meeting in June 2026.",
            "by 2030",
        ),
        # a length of time is not dated by a later, separate event
        ("We will conclude within two years after the meeting in June 2026.", "by 2027-01-01"),
    ],
)
def test_a_clause_keeps_its_first_deadline_unless_a_later_one_says_more(
    text: str, due: str
) -> None:
    got = extract(text, Settings(declared=dt.date(2025, 1, 1)))
    assert [c.due for c in got] == [due]


def test_a_blank_line_or_a_marked_list_ends_a_list_of_unmarked_lines() -> None:
    text = textwrap.dedent("""\
        By 2030, the two countries intend to:
        - expand trade;
        - build a port;

        Trade between the two countries reached a record level last year.
        """)
    assert [q for _, q in found(text)] == ["expand trade;", "build a port;"]
    unmarked = textwrap.dedent("""\
        The ministers agreed on the following milestones:
        Finalization of the FTA by 2027;

        Record trade figures in 2027.
        """)
    got = extract(unmarked, DECLARED)
    # after the blank line, a sentence of its own: no item under "agreed on"
    assert [(c.quote, c.cue) for c in got] == [("Finalization of the FTA by 2027;", "agreed on")]
    run_on = extract(unmarked.replace(";\n\n", ";\n"), DECLARED)
    assert [c.quote for c in run_on][-1] == "Record trade figures in 2027."


def test_a_heading_inside_a_list_of_verbs_is_no_item_and_the_list_goes_on() -> None:
    text = textwrap.dedent("""\
        Leaders agreed to:
        A Pacific Vision
        1 Adopt the following Vision as a guide to Forum actions and policies.
        """)
    got = extract(text, DECLARED)
    assert [(c.quote, c.cue) for c in got] == [
        ("1 Adopt the following Vision as a guide to Forum actions and policies.", "agreed to")
    ]


def test_a_heading_between_marked_items_keeps_the_list_open() -> None:
    # a newcomer's: the items after "Energy and connectivity" were lost
    text = textwrap.dedent("""\
        The leaders agreed to:
        - establish a joint cyber defence centre in Vilnius by the end of 2027;
        Energy and connectivity
        - complete the synchronisation of the Baltic power grids by February 2027;
        - hold the next summit in Reykjavik in 2027.

        Sweden will host a conference in 2026.
        """)
    got = extract(text, Settings(declared=dt.date(2026, 3, 12)))
    assert [(c.quote, c.cue, c.due) for c in got] == [
        (
            "establish a joint cyber defence centre in Vilnius by the end of 2027;",
            "agreed to",
            "by end of 2027",
        ),
        (
            "complete the synchronisation of the Baltic power grids by February 2027;",
            "agreed to",
            "by 2027-02",
        ),
        ("hold the next summit in Reykjavik in 2027.", "agreed to", "2027"),
        ("Sweden will host a conference in 2026.", "will", "2026"),
    ]


def test_a_heading_between_unpunctuated_items_is_not_their_last_words() -> None:
    text = textwrap.dedent("""\
        The leaders agreed to:
        Ocean and fisheries
        * ratify the BBNJ Agreement by the end of 2027
        * establish a regional fisheries monitoring centre next year
        Climate finance
        * mobilise USD 500 million for the Pacific Resilience Facility by 2028
        """)
    got = extract(text, Settings(declared=dt.date(2026, 6, 4)))
    assert [c.quote for c in got] == [
        "ratify the BBNJ Agreement by the end of 2027",
        "establish a regional fisheries monitoring centre next year",
        "mobilise USD 500 million for the Pacific Resilience Facility by 2028",
    ]
    # an item that wraps onto its last words in Title Case still wraps
    wrapped = "We will:\n- Strengthen cooperation with the\nEuropean Union\n- Promote trade\n"
    first = extract(wrapped, DECLARED)[0].quote
    assert " ".join(first.split()) == "Strengthen cooperation with the European Union"


def test_an_item_in_title_case_is_no_heading_nor_is_prose_an_item() -> None:
    # an attacker's: dated items in Title Case were skipped as headings, and a sentence
    # after a heading took the lead-in's cue
    titled = "The Leaders will:\nHold The Next Summit In Fiji In 2026\n"
    got = extract(titled, DECLARED)
    assert [(c.quote, c.due) for c in got] == [("Hold The Next Summit In Fiji In 2026", "2026")]
    prose = textwrap.dedent("""\
        Leaders agreed to:
        - establish a fund;
        Climate Change
        The Pacific Islands are threatened by sea level rise.
        """)
    quotes = [c.quote for c in extract(prose, DECLARED)]
    assert "The Pacific Islands are threatened by sea level rise." not in quotes


def test_a_bare_comma_before_when_it_happens_is_no_new_promise() -> None:
    text = "The ministers will meet in June 2026, ahead of the leaders' summit in November 2026."
    assert [c.due for c in extract(text, Settings(declared=dt.date(2025, 1, 1)))] == ["2026-06"]


@pytest.mark.parametrize(
    "text",
    [
        "To my friends in Lima: thank you.",
        "To everyone who made the summit possible, thank you.",
        "To conclude: the summit was a success.",
        "To summarise the plans for 2026: we met.",
        ";",
    ],
)
def test_a_speaker_s_turn_or_punctuation_alone_is_no_operative_paragraph(text: str) -> None:
    assert found(text) == []


def test_a_heading_ending_on_a_verb_stays_a_heading() -> None:
    got = found("WHO WE ARE\nThe Council will meet in May 2026.")
    assert got == [("pledge", "The Council will meet in May 2026.")]


def test_semicolons_cut_a_list_of_dated_promises() -> None:
    text = (
        "They agreed to launch direct flights before the end of 2026; to open a campus by "
        "mid-2027; and to hold a forum within six months."
    )
    assert [(c.title, c.due) for c in extract(text, DECLARED)] == [
        ("Launch direct flights", "by end of 2026"),
        ("Open a campus", "by mid 2027"),
        ("Hold a forum", "by 2025-11-30"),
    ]


def test_a_clause_about_what_came_before_is_cut_off_before_and_is() -> None:
    text = (
        "They also agreed to host the first summit in March next year, which will take "
        "forward co-operation in key areas."
    )
    candidates = extract(text, Settings(declared=dt.date(2024, 9, 7)))
    assert (candidates[0].quote, candidates[0].due) == (
        "They also agreed to host the first summit in March next year",
        "2025-03",
    )
    wales = (
        "The leaders agreed at their Wales Summit to reverse the trend of declining defence "
        "budgets and raise them over the coming decade, a move that will further strengthen "
        "the transatlantic bond."
    )
    [only] = extract(wales, Settings(declared=dt.date(2014, 9, 5)))
    assert only.due == "by 2024" and only.quote.endswith("over the coming decade")


def test_whilst_and_a_purpose_adjunct_join_two_clauses() -> None:
    text = (
        "Delegates set a date in early September for another round of talks whilst the "
        "working groups will meet at the end of August."
    )
    assert [c.due for c in extract(text, Settings(declared=dt.date(2007, 7, 20)))] == [
        "2007-09",
        "2007-08",
    ]
    aim = (
        "They expressed their resolve to conclude negotiations by the end of this year "
        "with an aim to increase bilateral trade to $100 billion in the next five years."
    )
    assert [c.due for c in extract(aim, Settings(declared=dt.date(2023, 3, 12)))] == [
        "by 2023",
        "by 2028",
    ]


def test_a_headline_over_a_long_paragraph_is_its_own_sentence() -> None:
    body = (
        "The Alliance's 28 leaders agreed at their Wales Summit to reverse the trend of "
        "declining defence budgets and raise them over the coming decade, after years of "
        "cuts across the continent that had left most of them short of the guideline."
    )
    text = f"Allied leaders pledge to reverse defence cuts, reaffirm transatlantic bond\n{body}"
    assert unwrapped(text) == text  # the headline was not wrapped: the next line is wider
    assert [c.quote for c in extract(text, Settings(declared=dt.date(2014, 9, 5)))][-1] == body


def test_a_lost_space_after_a_full_stop_and_a_year_at_a_sentence_end_still_end_it() -> None:
    text = (
        "They refer to support for national circumstances.Triple the capacity by 2030. "
        "“We welcomed the launch of a partnership with a target to double trade by 2030. "
        "We also agreed upon several new initiatives,” the prime minister said."
    )
    quotes = [c.quote for c in extract(text, Settings(declared=dt.date(2021, 5, 4)))]
    assert quotes[-2:] == [
        "“We welcomed the launch of a partnership with a target to double trade by 2030.",
        "We also agreed upon several new initiatives,” the prime minister said.",
    ]


def test_a_declaration_in_the_third_person_keeps_its_will_a_pledge() -> None:
    # counting futures against acts told once took this for a preview (held-out set J)
    text = (
        "Both countries will jointly endeavor to ensure regional peace. Transport, trade and "
        "communications links between the two countries will resume. Diplomatic ties will "
        "restart. The Ministers for Foreign Affairs will meet periodically."
    )
    assert not is_commentary(text)
    assert {s for s, _ in found(text)} == {"pledge"}


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe the official announcement at the summit will proceed as expected.",
        "If everything goes as expected, Cambodia will be the second host in Asia.",
        "The summit will probably produce a significant performance.",
        "Analysts believe that the leaders will skip the summit.",
    ],
)
def test_a_future_framed_by_a_belief_is_a_forecast_in_a_report_too(sentence: str) -> None:
    assert found(sentence) == [("forecast", sentence)]
    assert found("The minister said Kenya will host the summit in 2026.")[0][0] == "pledge"


def test_a_name_s_capital_letter_stays_a_capital_in_cues_that_take_one() -> None:
    # "expect us to deliver" is not "expects Cambodia to host"
    [only] = extract(
        "We declare our commitment to work on the areas where our citizens expect us to deliver.",
        DECLARED,
    )
    assert only.strength == "pledge"
    assert found("The Minister expects Kenya to host the summit.")[0][0] == "forecast"


def test_a_clause_between_commas_about_what_a_thing_does_is_not_the_promise() -> None:
    text = (
        "The two leaders agreed that the Strategic Partnership Agreement, which will further "
        "enhance bilateral cooperation, should be finalized and be signed in Dushanbe next year."
    )
    [only] = extract(text, Settings(declared=dt.date(2022, 12, 14)))
    assert (only.quote, only.cue, only.due) == (text, "agreed that", "2023")


def test_a_cue_of_the_past_inside_a_clause_does_not_cut_it() -> None:
    text = (
        "The ministers asserted the necessity of activating and accomplishing what had been "
        "previously agreed upon."
    )
    assert found(text) == [("intent", text)]


def test_a_second_infinitive_with_its_own_deadline_is_its_own_clause() -> None:
    text = (
        "The Parties have agreed to resume negotiations with the Red Cross, and to organise "
        "a trip to the Islands before the end of 2024."
    )
    candidates = extract(text, Settings(declared=dt.date(2024, 9, 24)))
    assert [(c.quote, c.cue, c.due) for c in candidates] == [
        ("The Parties have agreed to resume negotiations with the Red Cross", "agreed to", None),
        (
            "to organise a trip to the Islands before the end of 2024.",
            "agreed to",
            "by end of 2024",
        ),
    ]


def test_an_approved_proposal_in_a_headline_s_words_is_a_pledge() -> None:
    text = "The leaders approved proposal to hold an extraordinary meeting by end of 2010."
    [only] = extract(text, Settings(declared=dt.date(2010, 3, 28)))
    assert (only.strength, only.due) == ("pledge", "by end of 2010")


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        (
            "We condemn the war and call on Russia to end its invasion and agree to a "
            "ceasefire immediately.",
            "intent",
        ),
        (
            "We agree that an early settlement will advance our interests and must therefore "
            "be pursued as a strategic objective.",
            "pledge",
        ),
    ],
)
def test_what_was_agreed_or_called_for_is_one_clause_with_its_verb(
    sentence: str, strength: str
) -> None:
    assert found(sentence) == [(strength, sentence)]


def test_a_reduced_relative_belongs_to_its_verb_and_as_well_as_joins_two_dated_events() -> None:
    text = (
        "They scheduled a meeting of the Committee to be held in June, as well as a meeting "
        "of ministers, to be held during the second half of 2025."
    )
    got = [(c.strength, c.cue, c.due) for c in extract(text, DECLARED)]
    assert got == [
        ("pledge", "scheduled a", "2025-06"),
        ("pledge", "scheduled a", "second half of 2025"),
    ]


def test_a_relative_clause_that_says_when_a_meeting_is_dates_the_clause_it_follows() -> None:
    text = (
        "They looked forward to the results of the Sixth Meeting of the Joint Committee, "
        "which will be held in Mexico during the second half of 2025."
    )
    got = [(c.quote, c.due) for c in extract(text, DECLARED)]
    assert got == [(text, "second half of 2025")]


def test_with_the_intention_of_is_a_clause_of_its_own() -> None:
    text = (
        "The partners will recommence their work in the coming weeks with the intention of "
        "meeting in person at the Ministerial Conference."
    )
    got = [(c.strength, c.cue, c.quote) for c in extract(text, DECLARED)]
    assert got == [
        ("pledge", "will", "The partners will recommence their work in the coming weeks"),
        (
            "intent",
            "with the intention of meeting",
            "with the intention of meeting in person at the Ministerial Conference.",
        ),
    ]


def test_concurring_that_a_thing_is_so_is_a_judgement_not_a_promise() -> None:
    assert extract("They concurred that the world is facing many challenges.", DECLARED) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Bearing in mind that the 1991 Santiago Commitment to Democracy decided to initiate a "
        "process of consultation on hemispheric security;",
        "Underscoring that the Summit of the Americas held in Quebec City, Canada asked the "
        "Committee on Hemispheric Security to review all issues;",
        "Recalling that the Conference, held in Chapultepec, Mexico, in 1945, proposed a plan "
        "to respond to the security needs of the Americas;",
    ],
)
def test_a_preambular_paragraph_tells_what_another_body_did(paragraph: str) -> None:
    assert extract(paragraph, DECLARED) == []


def test_a_preamble_that_ends_at_a_comma_leaves_the_parties_clause_after_it() -> None:
    text = (
        "Acknowledging that the LDCs had the most at stake in this Round, Ministers "
        "collectively re-affirmed that development remains at its heart and called for "
        "placing all LDC concerns on a faster track."
    )
    assert [c.cue for c in extract(text, DECLARED)] == ["called for"]
    # what the parties will do, not what another body did, stays
    (ahead,) = extract("Considering that the parties will meet in 2026;", DECLARED)
    assert ahead.due == "2026"


@pytest.mark.parametrize("space", ["  ", "\u00a0", "\t", " \u2009 "])
def test_a_run_of_spaces_of_any_kind_reads_as_one_and_the_quote_stays_as_written(
    space: str,
) -> None:
    text = f"We{space}reaffirm our{space}determination{space}to cooperate by{space}2027."
    (candidate,) = extract(text, DECLARED)
    assert (candidate.strength, candidate.due) == ("pledge", "by 2027")
    assert candidate.quote == text[candidate.start : candidate.end] == text
    assert candidate.deadline is not None
    assert candidate.deadline.words == f"by{space}2027"
    assert candidate.cue == f"reaffirm our{space}determination"
    assert text[candidate.cue_start :].startswith(candidate.cue)


def test_a_relative_clause_of_its_own_with_no_verb_before_it_stays_a_candidate() -> None:
    text = (
        "The leaders reviewed the preparations for the Lima Summit, which will take place in July."
    )
    got = [(c.cue, c.due) for c in extract(text, DECLARED)]
    assert got == [("will", "2025-07")]


def test_what_is_to_happen_at_a_meeting_is_its_own_clause_and_during_is_no_participle() -> None:
    text = (
        "They agreed to convene the meeting in Santiago, Chile, during the first half of "
        "August 2025, at which each Ministry will identify the projects."
    )
    got = [(c.quote, c.due) for c in extract(text, DECLARED)]
    assert got == [
        (
            "They agreed to convene the meeting in Santiago, Chile, during the first half of "
            "August 2025",
            "2025-08-01/2025-08-15",
        ),
        ("at which each Ministry will identify the projects.", None),
    ]


def test_a_date_set_in_a_which_clause_dates_its_meeting_and_a_bracket_ends_a_quoted_sentence() -> (
    None
):
    text = (
        "We look forward to working on this at the Summit, which will take place in Mexico at "
        'the end of the year. "We recall our positions as expressed at the [General Assembly]. '
        'We note with appreciation relevant proposals of mediation."'
    )
    got = [(c.strength, c.quote, c.due) for c in extract(text, DECLARED)]
    assert got == [
        (
            "intent",
            "We look forward to working on this at the Summit, which will take place in Mexico "
            "at the end of the year.",
            "2025",
        ),
        ("intent", 'We note with appreciation relevant proposals of mediation."', None),
    ]


def test_a_title_is_never_empty_even_when_the_clause_is_punctuation() -> None:
    # found by the hypothesis test above: the words after the cue were ";  , and"
    (candidate,) = extract("agreed to the leaders ;  , and", DECLARED)
    assert candidate.title == "Agreed to the leaders"


@pytest.mark.parametrize(
    ("sentence", "strength", "quote"),
    [
        (
            "2. Strengthen the role of the Council in crisis response.",
            "pledge",
            "Strengthen the role of the Council in crisis response.",
        ),
        (
            "(b) Support sustainable and responsible supply chains.",
            "intent",
            "Support sustainable and responsible supply chains.",
        ),
        (
            "3. We reaffirmed our commitment to peace.",
            "pledge",
            "We reaffirmed our commitment to peace.",
        ),
    ],
)
def test_a_paragraph_s_number_is_not_part_of_its_quote(
    sentence: str, strength: str, quote: str
) -> None:
    assert found(sentence) == [(strength, quote)]


def test_parties_are_the_subject_or_the_agent_never_the_object() -> None:
    def parties(text: str) -> list[tuple[str, ...]]:
        return [c.parties for c in extract(text, DECLARED)]

    assert parties("We decided to make available USD 50 billion from Russian assets.") == [()]
    assert parties("They voiced support for Italy’s initiatives in security.") == [()]
    # whose intention the cue names, whoever conveys it
    assert parties("The Italian Foreign Minister conveyed Japan's intention to host it.") == [
        ("JP",)
    ]
    assert parties("The PM reiterated Pakistan’s abiding support for the Kingdom.") == [("PK",)]
    # a country in the name of a format or a body is not the one acting (the newcomer's)
    assert parties("A round table in the Central Asia–Italy format is planned by 2026.") == [()]
    assert parties("The Italy–Kazakhstan Business Council will meet in 2026.") == [()]
    assert parties("Italy and Kazakhstan agreed to hold a forum in 2026.") == [("IT", "KZ")]
    assert parties("Rome seeks supplies beyond Russia and China.") == [("IT",)]
    assert parties("A round table on water is to be hosted by Kazakhstan in 2026.") == [("KZ",)]
    assert parties("The leaders agreed to implement the Paris Agreement by 2030.") == [()]
    # a country's name in a sea's: the place, not the party
    assert parties("Maritime security in the Gulf of Guinea will remain a priority.") == [()]
    assert parties("They agreed to uphold freedom of navigation in the South China Sea.") == [()]
    assert parties(
        "Kyrgyzstan is set to host the next summit in 2027 and Italy the fourth meeting in 2026."
    ) == [("KG",), ("IT",)]


def test_the_host_is_who_hosts_or_where_it_will_be_not_where_something_was() -> None:
    def hosts(text: str) -> list[str | None]:
        return [c.host for c in extract(text, DECLARED)]

    assert hosts("France will host the next Summit in Evian next year.") == ["FR"]
    assert hosts("Kyrgyzstan is set to host the next summit in 2027.") == ["KG"]
    assert hosts("The next meeting will be held in Italy in 2026.") == ["IT"]
    assert hosts(
        "The parties agreed to hold the next meeting of the intergovernmental committee on trade"
        " and economic cooperation in Tokyo in the second half of 2026."
    ) == ["JP"]
    assert hosts(
        "They restated their commitment to the statement issued in Beijing in November 2024."
    ) == [None]


def test_a_priority_named_is_titled_by_what_it_names() -> None:
    text = "Capacity building for small island developing states will remain a priority."
    assert [c.title for c in extract(text, DECLARED)] == [
        "Capacity building for small island developing states"
    ]


def test_titles_end_on_a_word_that_needs_nothing_after_it() -> None:
    text = (
        "The leaders agreed to continue to grow the bilateral relationship and to uphold their "
        "commitments made in the many agreements signed between their two governments."
    )
    titles = [c.title for c in extract(text, DECLARED)]
    assert titles and all(
        t.split()[-1].lower() not in {"their", "and", "the", "of"} for t in titles
    )
    (c,) = extract("We are stepping up our collective efforts to disarm the militias.", DECLARED)
    assert c.title == "Our collective efforts to disarm the militias"


@pytest.mark.parametrize("separator", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_word_s_hyphen_characters_do_not_break_the_segmenter(separator: str) -> None:
    # pysbd read "10\x1e12." as a number and raised (the attacker's find)
    text = f"See paragraphs 10{separator}12. The leaders will meet in 2027."
    got = extract(text, DECLARED)
    assert [(c.quote, c.due) for c in got] == [("The leaders will meet in 2027.", "2027")]
    assert all(text[c.start : c.end] == c.quote for c in got)


def test_a_title_in_title_case_is_not_glued_to_the_sentence_under_it() -> None:
    text = (
        "Joint Statement of the Leaders of Italy and Kazakhstan\n"
        "The leaders agreed to hold a forum on water in Rome by 2026.\n"
    )
    (c,) = extract(text, DECLARED)
    assert c.quote == "The leaders agreed to hold a forum on water in Rome by 2026."
    assert c.parties == () and c.host == "IT"


def test_a_long_paragraph_is_cut_where_a_sentence_surely_ends() -> None:
    from commitments.extract.sentences import LONGEST_PARAGRAPH, sentences

    # a sentence ends past the middle of the first piece; the next runs past the
    # piece's end, with "U.S. " inside it: the cut is at the first one's end, not after
    # "U.S." (the last full stop and space in the piece)
    first = (
        "The leaders met. " + "They talked at length and " * (LONGEST_PARAGRAPH // 40) + "agreed."
    )
    second = (
        " They will ask the U.S. Secretary of State to join"
        + " and to help" * (LONGEST_PARAGRAPH // 30)
        + " in 2027."
    )
    text = first + second
    assert LONGEST_PARAGRAPH // 2 < len(first) < text.index("U.S.") < LONGEST_PARAGRAPH < len(text)
    assert second.strip() in {s.text for s in sentences(text)}


def test_dated_items_of_a_list_are_clauses_of_the_verb_that_leads_into_it() -> None:
    text = textwrap.dedent(
        """\
        The Foreign Ministers also agreed on holding these meetings:

        - The 5th Meeting of the Joint Committee on Drugs, in Buenos Aires, on 24-25 June.

        - The 6th Meeting of the Joint Committee on Science, in Lima, in August 2026.

        - Regular contacts between the two Foreign Ministries.

        The 6th Meeting of the Committee on Defence was held in Lima.
        """
    )
    got = extract(text, DECLARED)
    assert [(c.strength, c.cue, c.due, c.quote[:21]) for c in got] == [
        ("pledge", "agreed on", "2025-06-24/2025-06-25", "The 5th Meeting of th"),
        ("pledge", "agreed on", "2026-08", "The 6th Meeting of th"),
    ]
    # the verb is where the lead-in says it, and an item is a little less sure than a
    # clause with a cue of its own
    assert all(text[c.cue_start : c.cue_start + len(c.cue)] == "agreed on" for c in got)
    assert (
        got[0].confidence
        < extract("They agreed on holding a meeting on 24-25 June.", DECLARED)[0].confidence
    )


def test_a_lead_in_is_the_candidate_of_a_list_that_holds_none_of_its_own() -> None:
    text = "The Ministers agreed to the following:\n\n- Regular contacts.\n\n- Exchanges.\n"
    assert found(text) == [("pledge", "The Ministers agreed to the following:")]
    # an item with a cue of its own stands beside a lead-in that says something, and
    # takes the place of one that says nothing; a dated one without takes its place
    with_cue = text + "\n- They will meet in August 2026.\n"
    assert [q for _, q in found(with_cue)] == ["They will meet in August 2026."]
    areas = with_cue.replace("the following:", "pursue the following areas:")
    assert [q for _, q in found(areas)] == [
        "The Ministers agreed to pursue the following areas:",
        "They will meet in August 2026.",
    ]
    dated = text + "\n- A meeting in August 2026.\n"
    assert [q for _, q in found(dated)] == ["A meeting in August 2026."]


def test_a_lead_in_that_says_something_of_its_own_stays_beside_its_items() -> None:
    text = (
        "The governments met in Guatemala, expressing their full support for the Assembly:\n\n"
        "1. Urge the international community to act.\n\n2. Condemn the attacks on it.\n"
    )
    assert [c.cue for c in extract(text, DECLARED)] == [
        "expressing their full support",
        "Urge",
    ]


def test_a_list_under_a_sentence_that_is_not_a_lead_in_inherits_nothing() -> None:
    text = "The leaders agreed on closer ties.\n\n- A meeting in August 2026.\n"
    assert found(text) == [("pledge", "The leaders agreed on closer ties.")]


def test_a_lead_in_keeps_its_own_dated_clauses_and_numbers_split_off_still_mark_items() -> None:
    # found by the attacker: the lead-in's sentence lost its own dated promise
    text = (
        "Italy will host the G7 summit in June 2027; the leaders also agreed on these "
        "meetings:\n- A forum on water in Astana in March 2028.\n"
    )
    assert [c.due for c in extract(text, DECLARED)] == ["2027-06", "2028-03"]
    # the segmenter leaves "a." and "ii." sentences of their own
    for first, second in (("a.", "b."), ("i.", "ii."), ("  1.", "  2.")):
        listed = (
            f"The leaders agreed on the following:\n{first} A forum in Astana in March 2028.\n"
            f"{second} A summit in Rome in 2029.\n"
        )
        assert [c.due for c in extract(listed, DECLARED)] == ["2028-03", "2029"]
    # an item that is only a date is not a promise, nor is the bare lead over it
    dated = "The leaders agreed on the following:\n- 2028\n- by 2029.\n"
    assert found(dated) == []


def test_a_lead_in_that_says_nothing_gives_way_to_items_with_cues_of_their_own() -> None:
    text = (
        "They have agreed to declare as follows:\n\n"
        "1. The Government will restore the region on 1 July 1997.\n"
    )
    assert [c.cue for c in extract(text, DECLARED)] == ["will"]


def test_the_verb_before_the_words_that_point_to_a_list_leads_into_it() -> None:
    text = (
        "To that end, we shall ensure that the following steps are taken, taking into "
        "account the need for Special Measures:\n\n(1) the signature of the Agreement by "
        "30 September 2026;\n"
    )
    items = [c for c in extract(text, DECLARED) if c.quote.startswith("the signature")]
    assert [(c.strength, c.cue, c.due) for c in items] == [("pledge", "shall", "by 2026-09-30")]


def test_what_befell_a_thing_in_a_which_clause_does_not_date_the_promise_after_it() -> None:
    text = (
        "The Ministers conveyed their condolence to Japan, which had been hit hard by an "
        "earthquake in May 2025, and expressed their willingness to provide every support."
    )
    assert [(c.cue, c.due) for c in extract(text, DECLARED)] == [
        ("expressed their willingness", None)
    ]
    planned = (
        "They reviewed the Work Plan, which will be presented next July, and will establish "
        "a route."
    )
    assert "2025-07" in [c.due for c in extract(planned, DECLARED)]


def test_a_recalled_preamble_s_date_does_not_date_the_decision_even_without_a_declared_day() -> (
    None
):
    text = (
        "Recalling that the Council first met in Astana in 2019, the Ministers decided to "
        "launch a joint working group."
    )
    assert [(c.cue, c.deadline) for c in extract(text, Settings())] == [("decided to", None)]
    # a date in the main clause still dates it
    dated = "Recalling our commitment to end hunger, we agreed to meet in 2027."
    assert [c.due for c in extract(dated, Settings())] == ["2027"]


# found by the attacker and the newcomer of 5 December (second session)


def test_a_lead_in_with_a_run_of_spaces_still_governs_its_list() -> None:
    text = (
        "The Ministers also agreed  on holding these meetings:\n"
        "- The 6th Meeting of the Joint Committee, in August 2025.\n"
        "- A workshop on trade, in May 2026.\n"
    )
    got = [(c.cue, c.due) for c in extract(text, DECLARED)]
    assert got == [("agreed  on", "2025-08"), ("agreed  on", "2026-05")]
    (item,) = extract("We  agree  to  the  following:\n- Energy security by 2030.\n", DECLARED)
    assert (item.quote, item.due) == ("Energy security by 2030.", "by 2030")


def test_a_span_of_months_is_never_cut_at_its_own_and() -> None:
    text = "We will hold talks between March and May to prepare the summit in June 2026."
    (candidate,) = extract(text, DECLARED)
    assert candidate.quote == text
    assert candidate.deadline is not None
    assert candidate.start <= candidate.deadline.start < candidate.deadline.end <= candidate.end


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Considering that the Committee agreed to review the plan, we will adopt the new "
            "strategy by 2027.",
            "by 2027",
        ),
        (
            "Recalling that the Summit decided to act; we will meet again in Lima in June 2026.",
            "2026-06",
        ),
        (
            "Recalling that the Council proposed a plan, the Ministers agreed to adopt the "
            "Statute by 2026.",
            "by 2026",
        ),
    ],
)
def test_a_preamble_of_another_body_s_act_leaves_the_parties_clause_after_it(
    text: str, due: str
) -> None:
    (candidate,) = extract(text, DECLARED)
    assert (candidate.strength, candidate.due) == ("pledge", due)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders welcomed the Summit, which will be held in Lima in July.",
        "The Ministers noted the preparations for the Summit, which will be held in Lima in July.",
        "The Summit, which will be held in Lima in July, will adopt a declaration on oceans.",
    ],
)
def test_a_meeting_dated_by_a_relative_clause_is_never_lost(text: str) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.due == "2025-07"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "The Ministers welcomed the opportunity to hold the next meeting in Lima in 2026.",
            "2026",
        ),
        ("The Ministers welcomed the opportunity to meet again in Lima in 2026.", "2026"),
        ("They welcomed the offer of the visiting delegation to host a forum in 2026.", "2026"),
        ("The Roadmap sets out how the Parties will cut emissions by 2030.", "by 2030"),
        ("They believe in multilateralism and will host the summit in 2026.", "2026"),
    ],
)
def test_a_dated_promise_is_not_taken_for_an_occasion_a_question_or_a_belief(
    text: str, due: str
) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.due == due


@pytest.mark.parametrize(
    "text",
    [
        "Our agreed targets remain out of reach.",
        "All agreed principles were respected.",
        "The crisis resolves to nothing.",
    ],
)
def test_a_participle_or_a_thing_s_verb_is_no_decision(text: str) -> None:
    assert extract(text, DECLARED) == []


# from the blind sets CX to DC (5 December, third session): each a cue a linguist would
# name, in the wording the readers labelled
@pytest.mark.parametrize(
    ("text", "strength", "cue"),
    [
        ("The Leaders encouraged regular ministerial engagement.", "intent", "encouraged"),
        (
            "The two sides are encouraged by the plans, and decide to, in the spirit of the "
            "Declaration, jointly advance cooperation.",
            "pledge",
            "decide to",
        ),
        (
            "They recommended to both Governments the continuation of scientific research.",
            "proposal",
            "recommended",
        ),
        (
            "REQUESTS the Commission, the NEPAD Planning and Coordinating Agency and WHO in "
            "collaboration with other stakeholders to define the scope of the mission.",
            "intent",
            "REQUESTS",
        ),
        (
            "Ministers committed, to the extent possible, to make additional data available.",
            "pledge",
            "committed",
        ),
        (
            "We are determined, particularly in the light of the slowdown, to maintain reform.",
            "pledge",
            "are determined",
        ),
        ("They indicated South Africa's interest to invest in Uganda.", "intent", None),
        ("The Ministers reaffirmed their shared willingness to strengthen ties.", "intent", None),
        (
            "They recommitted France and the United Kingdom to the closest cooperation.",
            "pledge",
            "recommitted",
        ),
        ("It is time to reinvigorate regional cooperation.", "intent", "It is time to"),
        ("We are dedicated to the One Health approach.", "pledge", "are dedicated to"),
        ("1. Hold the third Meeting of High Representatives in China.", "pledge", "Hold"),
        ("10. Hold another Business Forum before the next Summit.", "pledge", "Hold"),
        ("o Member States to publish any newly introduced measures;", "pledge", None),
        ("o The Secretariat to undertake a mapping exercise;", "pledge", None),
        # from the blind sets DD to DI
        ("President El-Sisi accepted this kind invitation.", "pledge", None),
        ("The Prime Minister renewed his invitation to the President to visit.", "intent", None),
        (
            "The Ministers directed the Senior Transport Officials Meeting (STOM) to identify "
            "additional services sectors.",
            "pledge",
            "directed the Senior Transport Officials Meeting (STOM)",
        ),
        ("The Leaders recommended the convening of a Conclave.", "proposal", None),
        ("The two sides consented to work closely together.", "pledge", "consented to"),
        (
            "Both leaders, recalling one hundred years of friendship, expressed their strong "
            "determination to strengthen ties.",
            "pledge",
            None,
        ),
        ("On this note, the Council committed to remain seized of the matter.", "pledge", None),
        ("In his address, he announced Japan's intention to double its aid.", "intent", None),
        ("The President declared his readiness to open negotiations soon.", "intent", None),
        ("They expressed their expectation for the appointment of an Envoy.", "intent", None),
        ("The Emir extended a formal invitation for the Prime Minister to visit.", "intent", None),
        ("France and Germany commit today to act to strengthen the Union.", "pledge", None),
        ("We want our partnership to be more strategic.", "intent", None),
        ("We are interested in increasing investment in Russia.", "intent", None),
        ("They came to an agreement to revive the Commission's work.", "pledge", None),
        ("The meeting decided, among other issues, on the renewal of the mandate.", "pledge", None),
        ("The Committee directed it to prepare a costed action plan.", "pledge", None),
        ("Talks on trade with the EU are due to be launched in September.", "pledge", None),
        # from the blind sets DP to DU
        ("He had instructed his technical team to prepare the consultation.", "pledge", None),
        ("We therefore resolve to broaden this cooperation.", "pledge", None),
        ("Thailand was ready to advance cooperation.", "intent", None),
        ("The Council gave its formal agreement to the convening of a conference.", "pledge", None),
        ("The Ministers agreed the appointment of a new administrator in Mostar.", "pledge", None),
        (
            "The Communique commits the Forum to working for sustainable development.",
            "pledge",
            None,
        ),
        ("Members reaffirmed the CEM's goal to accelerate the transition.", "intent", None),
        ("The EU therefore has a strong interest in developing closer ties.", "intent", None),
        ("We adopted the ACMECS Plan of Action 2013-2015.", "pledge", None),
        ("They have been tasked by the prime ministers with leading the work.", "pledge", None),
        (
            "To direct the Pro-Tempore Presidency, in coordination with the Member States, to "
            "organize the work.",
            "pledge",
            None,
        ),
    ],
)
def test_cues_the_blind_sets_cx_to_dc_taught(text: str, strength: str, cue: str | None) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.strength == strength
    if cue is not None:
        assert candidate.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        "We were very encouraged by the progress made.",
        "Inefficient fossil fuel subsidies that encourage waste.",
        "At Malaysia's request, the item was deferred to the next session.",
        "Release content",
        "- Documents Related to the Venezia Summit",
        "- Further to the report of the Presidents",
        "Further to the report requested by the Council, the Council reviews the Union.",
        "I should like to thank the Prime Minister for his hospitality.",
        # a view of a thing, priority areas named as a thing's, not set
        "Both sides shared the view on the seriousness of the refugee crisis.",
        "Lula and Subianto share a common view on many issues.",
        "Growth is possible through cooperation in the identified priority areas.",
    ],
)
def test_what_only_looks_like_those_cues_is_none(text: str) -> None:
    assert extract(text, DECLARED) == []


@pytest.mark.parametrize(
    "text",
    [
        # agreeing on what is, with nothing to be done
        "All of us agreed that climate change is happening now.",
        "We agreed that the Doha Development Agenda offers the potential for real gains.",
        "The leaders agreed that our economic cooperation forms a fundamental part of ties.",
        "The two Presidents agreed that both countries stood at a new historical starting point.",
        "They agreed that the UK and US are perfectly placed to take on the challenges ahead.",
        "The Ministers agreed that Nordic defence cooperation stands stronger than ever before.",
        "They agreed that the State visit of H.E. Dr. Kalam further consolidates cooperation.",
        # what a thing will do or be, with no party its subject
        "In addition, this Agreement will facilitate the development of gas.",
        "This Partnership will drive cooperation between our countries.",
        "Swedish membership will strengthen NATO and bolster Euro-Atlantic security.",
        "These agreements will strengthen ties between both countries and the two regions.",
        "They emphasised that AUKUS will make a positive contribution to peace and stability.",
        "The upcoming NATO Summit will lay the path towards a new chapter in relations.",
        "This will require leadership from the developed world.",
        "The JSEPA would be the first comprehensive partnership agreement in Asia.",
        # a guest greeted
        "The Ministers welcomed U.S. Secretary of State Michael R. Pompeo to New Delhi.",
        "We welcomed the newly elected leader of the Government of Montserrat.",
        "Ministers welcomed the Honourable Anne Ruston to her first meeting.",
        "Prime Minister Abbott warmly welcomed the New Zealand business delegation.",
        "The Commission welcomed the two new heads of the delegations.",
        # what a body is for; a document's title
        "Part of the Commission's job is to safeguard the management of the stocks.",
        "Approval of the Third Package of Commitments for the Air Transport Sector.",
        # a value foreseen, a belief, a courtesy call, a decision told
        "ASEAN economy is expected to grow by 5.5% last year and 4.7% this year.",
        "The Ministers expressed confidence that it will accelerate cooperation.",
        "Both delegations judge that the talks will contribute to a good atmosphere.",
        "The Minister called on Dr Manmohan Singh, Prime Minister of India.",
        "The Foreign Secretary called on the visiting dignitary.",
        "A decision to go beyond the Agreement was taken during the visit in June 2024.",
        # a relative clause's "should": what a thing is for
        "Ministers discussed the principles which should govern relations between them.",
    ],
)
def test_a_judgement_or_a_thing_s_effect_is_no_commitment(text: str) -> None:
    assert extract(text, DECLARED) == []


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("The Ministers agreed that the next meeting is to be held in Lima in 2026.", "2026"),
        ("The Ministers agreed that the two sides should meet in Lima in 2026.", "2026"),
        ("The Ministers agreed that the FAO hold consultations in 2026.", "2026"),
        ("We will facilitate the development of gas by 2026.", "by 2026"),
        ("The leaders welcomed President Kenyatta's decision to open an Embassy in 2026.", "2026"),
        ("The economy ministers will reach a trade deal of $5 billion in 2026.", "2026"),
        ("The Council called on Dr Smith to report by 2026.", "by 2026"),
        ("We welcome President Zelenskyy's initiative for a summit in 2026.", "2026"),
    ],
)
def test_what_is_to_be_done_after_agreed_that_or_by_the_parties_stays(text: str, due: str) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.due == due


def test_a_title_loses_its_date_with_the_date_s_preposition() -> None:
    """Found by the docs' reviewer: "Set the quota for Cod for at 703,000 tons"."""
    text = "The two sides agreed to set the total quota for Cod for 2027 at 703,000 tons."
    assert [c.title for c in extract(text, DECLARED)] == [
        "Set the total quota for Cod at 703,000 tons"
    ]


def test_a_body_s_mandate_described_is_no_commitment() -> None:
    text = "Serving an interim function, it is mandated with supporting the activities."
    assert extract(text, DECLARED) == []


def test_a_verb_after_a_bullet_is_no_directed_body() -> None:
    (candidate,) = extract("- Aspire to vaccinate two thirds of the world by 2026.", DECLARED)
    assert candidate.strength != "pledge"


def test_a_list_s_items_share_its_lead_in_s_date_and_firmness() -> None:
    """From set DG: "Over the next year, … intend to:" dates and softens every item."""
    text = (
        "Over the next year, the United States and Australia intend to:\n"
        "- Continue to support actively the ASEAN-centered regional architecture.\n"
        "- Maintain pressure on North Korea until it abandons its programs.\n"
        "- Step up joint engagement in the Pacific in 2026.\n"
    )
    found = extract(text, Settings(declared=dt.date(2025, 7, 24)))
    # each item a verb phrase of "intend to:", which says nothing else and gives way
    assert [(c.quote[:8], c.cue, c.strength, c.due) for c in found] == [
        ("Continue", "Continue", "intent", "by 2026-07-24"),
        ("Maintain", "Maintain", "intent", "by 2026-07-24"),  # its verb, as firm as the lead-in
        ("Step up ", "Step up", "intent", "2026"),  # its own date
    ]
    assert all(c.deadline is not None and c.deadline.words for c in found)


def test_a_list_of_things_under_one_cue_stays_one() -> None:
    text = "The leaders agreed on the following priority areas:\n- energy;\n- water.\n"
    assert [c.quote for c in extract(text, DECLARED)] == [
        "The leaders agreed on the following priority areas:"
    ]


def test_an_item_s_second_sentence_does_not_end_the_list() -> None:
    """From set DH: each quota, in an item of two sentences, is a commitment."""
    text = (
        "The two sides have agreed to:\n"
        "- Set the total quota for Cod for 2026 at 703,000 tons. This is an increase of 16%.\n"
        "- Set the total quota for Haddock for 2026 at 303,000 tons. This is 25% more.\n"
        "The Minister welcomed the result.\n"
        "- A list of another kind for 2026.\n"
    )
    found = extract(text, DECLARED)
    assert [c.quote[:30] for c in found if c.due == "2026"] == [
        "Set the total quota for Cod fo",
        "Set the total quota for Haddoc",
    ]


@pytest.mark.parametrize("newline", ["\n", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"], ids=repr)
def test_a_wrapped_item_and_any_line_break_keep_the_list(newline: str) -> None:
    """Found by the attacker of 5 December (third session): an item's short first line
    ended the list, and a break other than a newline never did."""
    text = (
        "Over the next year, the Parties intend to:\n"
        "- Hold a round table on water\n"
        "in Rome.\n"
        "- Release the annual report.\n"
        "The Ministers thanked the hosts.\n"
        "- Hold a forum on reform.\n"
    ).replace("\n", newline)
    found = extract(text, Settings(declared=dt.date(2025, 6, 1)))
    assert [(c.quote.replace(newline, " "), c.strength, c.due) for c in found] == [
        ("Hold a round table on water in Rome.", "intent", "by 2026-06-01"),
        ("Release the annual report.", "intent", "by 2026-06-01"),
        ("Hold a forum on reform.", "pledge", None),  # after the list: its own
    ]


@pytest.mark.parametrize(
    "items",
    [
        "o Hold a water meeting\no Sign a trade treaty\no Open a new consulate\n",
        "i. hold a water meeting\nii. sign a trade treaty\niii. open a new consulate\n",
    ],
)
def test_items_in_lower_case_or_under_o_bullets_are_never_run_together(items: str) -> None:
    """Found by the second attacker of 5 December (third session)."""
    found = extract("The Parties agreed to:\n" + items, DECLARED)
    assert [c.title for c in found] == [
        "Hold a water meeting",
        "Sign a trade treaty",
        "Open a new consulate",
    ]


def test_a_decision_after_therefore_leads_its_list() -> None:
    text = "Considering the need to coordinate, therefore decide to:\n1. Support the advances.\n"
    assert [c.strength for c in extract(text, DECLARED)][-1] == "pledge"


def test_a_bare_verb_before_a_colon_leads_its_infinitives_and_is_no_candidate_itself() -> None:
    text = textwrap.dedent("""\
        For this purpose it is necessary:

          1. to pay particular attention to the development of combined transport;
          2. to support joint combined transport projects;
        """)
    assert found(text) == [
        ("intent", "to pay particular attention to the development of combined transport;"),
        ("intent", "to support joint combined transport projects;"),
    ]
    text = "The Ministers decided:\n- to open a joint office in Lagos;\n- to meet again in Rome.\n"
    assert [s for s, _ in found(text)] == ["pledge", "pledge"]
    # with items of their own, the bare verb says nothing they do not
    text = "Have agreed as follows:\nArticle 1\nThe Parties shall cooperate in trade.\n"
    assert found(text) == [("pledge", "The Parties shall cooperate in trade.")]
    # a preamble's wish before it stays a candidate
    text = (
        "Desiring to establish a programme of cooperation between them,\n"
        "Have agreed as follows:\nArticle 1\nThe Parties shall cooperate in trade.\n"
    )
    assert len(found(text)) == 2


@pytest.mark.parametrize(
    "lead",
    [
        # "Ministers agree" was once a cue of its own, read as a name after "The"
        "The Ministers agreed:",
        "The Leaders Agreed:",
        "We agree:",
        "They therefore agreed:",
        "The Ministers decided unanimously:",
        "The parties agreed upon:",
        "The Council decided the following:",
        "The Leaders agreed on the following:",
        "The Leaders agreed on the following concrete steps:",
    ],
)
def test_a_verb_and_its_subject_before_a_colon_lead_the_items_not_themselves(lead: str) -> None:
    text = f"{lead}\n- to hold the next meeting in Rome in 2027;\n- to open a joint office.\n"
    got = extract(text, DECLARED)
    assert [(c.strength, c.quote) for c in got] == [
        ("pledge", "to hold the next meeting in Rome in 2027;"),
        ("pledge", "to open a joint office."),
    ]
    assert got[0].due == "2027"


def test_a_verb_before_a_colon_on_its_own_line_stays_one_candidate() -> None:
    assert found("We agree: to hold the next summit in 2027.\n") == [
        ("pledge", "We agree: to hold the next summit in 2027.")
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The Ministers did not agree:",
        "Issues yet to be resolved:",
        "Still to be agreed:",
        "The matters remain to be decided:",
        "Some delegations proposed that the Council decides:",
    ],
)
def test_a_colon_lead_that_decides_nothing_leads_no_pledge(lead: str) -> None:
    # found by the session's second attacker: nothing decided, or another's proposal
    text = f"{lead}\n1. to establish a joint fund by 2026;\n2. to meet again in Geneva in 2026.\n"
    assert [s for s, _ in found(text)] in ([], ["proposal"])


def test_a_bare_verb_alone_or_after_a_preamble_s_cue_is_no_lead() -> None:
    assert found("The Ministers decided:\nThe Ministers decided:\n") == []
    assert found("Agreed:\n") == []
    text = (
        "Desiring to establish a programme of cooperation by 2026, the Parties have agreed"
        " as follows:\nArticle 1\nThe Parties shall cooperate.\n"
    )
    assert [s for s, _ in found(text)] == ["intent", "pledge"]


def test_an_operative_decides_as_follows_leads_its_list() -> None:
    text = (
        "The Executive Council DECIDES as follows:\n"
        "a) Terminate the current contract as of 1 January 2026;\n"
    )
    got = [(c.cue, c.due) for c in extract(text, DECLARED)]
    assert got == [("DECIDES", "2026-01-01")]


# found by the attacker of the rules of 5 December (second session), each kept
@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("We will implement the decisions by 2026.", "by 2026"),
        ("We will fully implement Resolution 2231 by 2026.", "by 2026"),
        ("The Parties agreed to amend the articles in 2026.", "2026"),
        ("In February, the two leaders agreed to launch the Dialogue by March 2026.", "by 2026-03"),
        (
            "In February, the leaders agreed to hold a summit, which will take place in June.",
            "2025-06",
        ),
        ("The members, who have decided to join, will contribute $10 million by 2026.", "by 2026"),
        ("We thank Japan, which has pledged to host the next meeting in 2026.", "2026"),
        ("The minister said the governments had decided to open a consulate in 2026.", "2026"),
        (
            "We share common values, including a commitment to hold free elections by 2026.",
            "by 2026",
        ),
        ("Leaders agreed to adopt a Declaration on Artificial Intelligence in 2026.", "2026"),
        (
            "The ministers agreed to issue a joint statement at their next meeting in June.",
            "2025-06",
        ),
        (
            "The leaders agreed that there is scope to expand trade and will launch talks in 2026.",
            "2026",
        ),
        (
            "The Council welcomes the Secretary of State's commitment to visit Kyiv in March.",
            "2026-03",
        ),
        ("We welcomed the agreement reached to create a fund by 2026.", "by 2026"),
        (
            "The Ministers noted with appreciation that Japan will host the next meeting in 2026.",
            "2026",
        ),
        ("We wish to honour our commitments by delivering $100 billion by 2026.", "by 2026"),
        ("The EU and Japan will align their rules on the use of cookies by 2026.", "by 2026"),
        ("We will stay until the end of the year 2026.", "by end of 2026"),
        ("The Parties will hold elections in 2024 and 2026.", "2026"),
    ],
)
def test_a_dated_commitment_is_kept_by_the_rules_that_take_others_out(text: str, due: str) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.due == due


def test_a_title_keeps_its_words_when_the_cue_and_the_deadline_overlap() -> None:
    (candidate,) = extract("Elections scheduled for 2025 and 2026 will be monitored.", DECLARED)
    assert candidate.due == "2025/2026"
    assert candidate.title == "Will be monitored"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a newcomer's: "Held in Oslo", "Take place in Nairobi"
        ("A conference on Arctic research will be held in Oslo in March 2027.",
         "Conference on Arctic research"),
        ("The next summit will take place in Nairobi in 2027.", "Next summit in Nairobi"),
        ("Talks will take place in Rome in 2027.", "Talks in Rome"),
        # what takes place is not named: the clause's own words
        ("It will take place in Rome in 2027.", "Take place in Rome"),
        # a newcomer's "in Naivasha , with": the date taken out leaves no space before
        # the comma
        ("The two leaders agreed to open a geothermal training centre in Naivasha by 2027,"
         " with technical support.",
         "Open a geothermal training centre in Naivasha, with technical support"),
    ],
)  # fmt: skip
def test_a_meeting_held_or_taking_place_is_titled_by_the_meeting(text: str, title: str) -> None:
    (candidate,) = extract(text, DECLARED)
    assert candidate.title == title


@pytest.mark.parametrize(
    ("sentence", "declared"),
    [
        # the visit during which the act told was done
        (
            "During the official visit of the General Secretary to Finland from October"
            " 20-22, 2025, the Leaders decided to elevate relations to a Strategic"
            " Partnership.",
            "2025-10-21",
        ),
        (
            "The Prime Ministers, on the occasion of the official visit from 22 to 24 August"
            " 2019, reiterated their mutual commitment to a strong relationship.",
            "2019-08-23",
        ),
        # what a subordinate clause or a participle before the clause tells of
        (
            "As Spain prepares for its presidency of the Council in the second half of 2023,"
            " leaders intend to deepen their engagement.",
            "2023-03-01",
        ),
        (
            "Marking the 60th anniversary of diplomatic relations this year, the two leaders"
            " agreed to further develop bilateral relations.",
            "2025-08-23",
        ),
    ],
)
def test_a_date_in_a_phrase_before_the_clause_is_not_its_deadline(
    sentence: str, declared: str
) -> None:
    got = extract(sentence, Settings(declared=dt.date.fromisoformat(declared)))
    assert len(got) == 1
    assert got[0].due is None


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("In 2027, the leaders will meet in Rome.", "2027"),
        ("By the end of 2026, we agreed to double our trade.", "by end of 2026"),
        ("Beginning in 2027, the two sides will hold annual talks.", "2027"),
        ("Then, as early as 2027, submarines will begin rotating through Australia.", "2027"),
        # a run-on sentence: the date is the first clause's, not a phrase before the next
        (
            "They agreed to increase engagement in advance of the anniversary in 2027.To this"
            " end, they agreed that the plan will focus on trade.",
            "2027",
        ),
    ],
)
def test_a_date_that_opens_the_clause_itself_stays_its_deadline(sentence: str, due: str) -> None:
    got = extract(sentence, Settings(declared=dt.date(2026, 3, 1)))
    assert got[0].due == due


def test_a_programme_s_imperatives_under_a_lead_in_are_each_a_commitment() -> None:
    text = textwrap.dedent("""\
        Commitments made by the signatories include:
        - By 2020, ensure that all key stocks are assessed on a regular basis.
        -Establish multi-annual management plans for all key fisheries.
        -Eliminate illegal fishing by 2020.
        """)
    got = extract(text, Settings(declared=dt.date(2017, 3, 30)))
    assert [(c.cue, c.strength, c.due) for c in got] == [
        ("ensure", "pledge", "by 2020"),
        ("Establish", "pledge", None),
        ("Eliminate", "pledge", "by 2020"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The two leaders attached particular importance to strengthening the core role"
            " of the United Nations.",
            "attached particular importance to",
        ),
        (
            "The two leaders confirmed the importance of cooperation in boosting"
            " private-sector exchanges.",
            "confirmed the importance",
        ),
        (
            "The two leaders recognised the importance of high-level visits and regular exchanges.",
            "recognised the importance",
        ),
        (
            "They also affirmed their keenness to support investment opportunities.",
            "affirmed their keenness",
        ),
        (
            "The President manifested his expectation for the further promotion of friendship.",
            "manifested his expectation",
        ),
    ],
)
def test_importance_given_to_a_doing_and_a_wish_stated_are_intents(sentence: str, cue: str) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [(c.cue, c.strength) for c in got] == [(cue, "intent")]


@pytest.mark.parametrize(
    "sentence",
    [
        # a thing's worth, not a doing
        "The European Union and Singapore reaffirmed the importance of their partnership.",
        "Both the delegations reaffirmed the importance of effective boundary management.",
        # a participle: the measures are described, nobody undertakes
        "The report lists the measures undertaken to address the crisis.",
    ],
)
def test_a_thing_s_worth_and_a_participle_are_not_commitments(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2024, 1, 1))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Angola undertook to continue assessing the situation.",
        "The Parties have undertaken to work towards implementation of the results.",
    ],
)
def test_an_undertaking_is_a_pledge(sentence: str) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [c.strength for c in got] == ["pledge"]


def test_a_main_clause_with_its_own_subject_after_a_subordinate_one_is_its_own() -> None:
    got = extract(
        "While Namibia is ready to open her borders, in the face of the pandemic, Angola"
        " undertook to continue assessing the internal situation.",
        Settings(declared=dt.date(2021, 5, 3)),
    )
    assert [(c.quote, c.strength) for c in got] == [
        ("Namibia is ready to open her borders, in the face of the pandemic", "intent"),
        ("Angola undertook to continue assessing the internal situation.", "pledge"),
    ]
    # a participle's preamble stays with its clause
    got = extract(
        "Recognizing the pressing need for cooperation on supply chains, the Ministers"
        " agreed to launch the initiative.",
        Settings(declared=dt.date(2021, 5, 3)),
    )
    assert [c.cue for c in got] == ["agreed to"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The expanded Agreement will improve connectivity between Singapore and the ROK.",
        "The program will create a stronger, more resilient industrial base.",
        "Its entry into force will reinforce opportunities for practical cooperation.",
        "The NRF will also be a catalyst for promoting improvements in capabilities.",
        "The new facility will complement the Infrastructure Financing Facility.",
        "Through the Presidency, the region will play a critical role in COP31.",
        "The impending graduation to middle-income status will pose a new set of challenges.",
        "Only an inclusive political settlement will bring needed support from the world.",
        "The realization of this aspiration will add a new page to the annals of relations.",
        "The rapid technological developments will impact on higher education.",
        "The EU enlargement will create new challenges for the environment.",
        "The outcome is ambitious and will continue to guide us towards a sustainable future.",
        "Regular high-level contact would continue to underpin bilateral relations.",
    ],
)
def test_what_a_thing_will_do_is_its_effect_not_a_promise(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2024, 1, 1))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan will improve connectivity with its partners.",
        # a gathering that brings people together, a partnership's work that goes on
        "This conference will bring global health leaders together to end the epidemics.",
        "The Partnership for the Future will continue to reinforce our existing links.",
    ],
)
def test_a_party_or_a_gathering_that_will_act_promises_it(sentence: str) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [c.strength for c in got] == ["pledge"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Both partners welcomed the steady increase in bilateral trade.",
        "The Leaders welcomed the contribution of the existing high-level platforms.",
        "It welcomed also the training provided for the Armed Forces by the Mission.",
        "The EU welcomed the advanced level of economic relations with Kazakhstan.",
        "They welcomed the close cooperation between the two countries during the pandemic.",
        "We welcome the fact that the report underscores that R2P is a key element.",
    ],
)
def test_what_is_so_or_was_given_welcomed_is_no_commitment(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2024, 1, 1))) == []


def test_a_fact_welcomed_that_holds_a_future_act_is_an_intent() -> None:
    got = extract(
        "They welcomed the fact that the Commission will meet on 18 December 2024.",
        Settings(declared=dt.date(2024, 12, 1)),
    )
    assert [(c.strength, c.due) for c in got] == [("intent", "2024-12-18")]


def test_a_second_object_with_its_own_commitment_noun_is_its_own_commitment() -> None:
    got = extract(
        "They reaffirmed their commitment to ensuring freedom of navigation in the region and"
        " their determination to deter illegal actions at sea.",
        Settings(declared=dt.date(2023, 9, 18)),
    )
    assert [(c.cue, c.strength) for c in got] == [
        ("reaffirmed their commitment", "pledge"),
        ("their determination to", "pledge"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "The two sides stressed the willingness to improve consultation mechanisms.",
            "stressed the willingness",
        ),
        (
            "They reiterated the importance to continue advancing with its implementation.",
            "reiterated the importance",
        ),
        (
            "The Prime Ministers reaffirmed the importance of a comprehensive reform of the"
            " Security Council.",
            "reaffirmed the importance",
        ),
    ],
)
def test_a_willingness_stressed_and_the_importance_of_acting_are_intents(
    sentence: str, cue: str
) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [(c.cue, c.strength) for c in got] == [(cue, "intent")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Guided by the need to work together to stimulate prosperity, the leaders met in Monterrey.",
        "Aware of the existing connectivity gaps and the need to fortify critical infrastructure,"
        " the Ministers met in Suva.",
    ],
)
def test_a_need_that_guides_the_parties_is_their_motive_not_a_call(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2024, 1, 1))) == []


def test_what_the_parties_expect_of_an_act_is_its_deadline_not_a_second_commitment() -> None:
    got = extract(
        "We commit to continuing negotiations for a mutual recognition agreement, with the"
        " expectation that negotiations should conclude by the end of 2022.",
        Settings(declared=dt.date(2021, 12, 16)),
    )
    assert [(c.cue, c.strength, c.due) for c in got] == [("commit to", "pledge", "by end of 2022")]


def test_an_aim_furthered_is_the_motive_of_the_act_that_follows() -> None:
    got = extract(
        "In furtherance of the two governments' firm aim of securing the launch of all party"
        " talks, the Conference reaffirmed its decision to intensify the twin track process.",
        Settings(declared=dt.date(1996, 2, 7)),
    )
    assert [(c.cue, c.strength) for c in got] == [("its decision to", "pledge")]


def test_a_need_the_parties_say_they_are_convinced_of_is_theirs() -> None:
    got = extract(
        "We are also convinced of the imperative need to broad base the relationship.",
        Settings(declared=dt.date(2024, 1, 1)),
    )
    assert [c.strength for c in got] == ["intent"]


def test_a_target_s_heading_before_its_imperative_leaves_the_verb_its_cue() -> None:
    got = extract(
        "Vaccinate the world: Support the WHO’s goal of at least 70 percent of the population"
        " fully vaccinated by 2022.",
        Settings(declared=dt.date(2021, 9, 22)),
    )
    assert [(c.cue, c.strength, c.due) for c in got] == [("Support", "intent", "by 2022")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We have welcomed the appointment of the Permanent Secretary of the Secretariat.",
        "In this regard, we welcomed the resumption of the work of the Permanent Secretariat.",
        "The two leaders welcomed the role played by Mauritania as a vector of stability.",
        "They welcomed the steps undertaken to establish a Joint Commission of Cooperation.",
        "To this end we welcome the first of the Paphos meetings held last April.",
        "Without new control measures, the global plastic pollution crisis will intensify.",
        "Plastic production and waste is set to triple by 2060.",
        "The Heads of State concurred that the guiding principles of the partnership are the"
        " respect of international law.",
    ],
)
def test_what_came_about_a_trend_and_a_view_agreed_are_no_commitments(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2024, 4, 18))) == []


def test_a_numbered_preamble_of_motive_leaves_the_main_verb_to_govern() -> None:
    got = extract(
        "1. In the light of the latest available science and of the need to step up global"
        " climate action, the European Council endorses the objective of achieving a"
        " climate-neutral EU by 2050.",
        Settings(declared=dt.date(2019, 12, 12)),
    )
    assert [(c.cue, c.strength, c.due) for c in got] == [("endorses", "pledge", "by 2050")]


def test_a_numbered_item_opening_with_a_listed_verb_is_a_commitment_whatever_follows() -> None:
    text = textwrap.dedent("""\
        Sustainable Development

          2. Accept more trainees from Africa and increase volunteers dispatched to Africa.

          3. Expand Korea’s scholarship programs in which African students participate.
        """)
    got = extract(text, Settings(declared=dt.date(2012, 10, 17)))
    assert [(c.cue, c.strength) for c in got] == [("Accept", "pledge"), ("Expand", "pledge")]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        (
            "Minister Pandor to undertake a Working Visit to the Middle East from 15 to 16"
            " October 2019",
            "2019-10-15/2019-10-16",
        ),
        (
            "The Ministry of Foreign Affairs wishes to inform the nation that President Nyusi"
            " will undertake a State Visit to Zambia from 27th to 29th June, 2024.",
            "2024-06-27/2024-06-29",
        ),
    ],
)
def test_a_release_announcing_a_visit_is_the_visit_s_pledge(sentence: str, due: str) -> None:
    got = extract(
        sentence,
        Settings(declared=dt.date(2019, 10, 13) if "2019" in sentence else dt.date(2024, 6, 27)),
    )
    assert [(c.strength, c.due) for c in got] == [("pledge", due)]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # an attacker's cases: a time alone, still ahead, dates the act told
        ("Next year, the leaders agreed to meet again in Rome.", "2025"),
        ("Over the next three years, China pledged to provide USD 50 billion.", "by 2027"),
        ("Between 2025 and 2030, the partners agreed to invest EUR 2 billion.", "2025/2030"),
        ("For 2027, the Council decided to set the total allowable catch.", "2027"),
        ("Spring 2027, the ministers will meet again in Oslo.", "spring 2027"),
        ("As a first step in 2026, the partners will launch a joint fund.", "2026"),
    ],
)
def test_a_time_alone_before_the_clause_dates_it_even_when_the_act_is_told(
    sentence: str, due: str
) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [c.due for c in got] == [due]


@pytest.mark.parametrize(
    "text",
    [
        # an attacker's cases: nouns before a preposition or a verb are no imperatives
        "Achievements:\n- Support for Ukraine grew strongly.\n- Work on the treaty was completed."
        "\n- End of the visa requirement in March.\n",
        # a headline of inability is no pledge
        "Kenya Struggles to Pay Its Foreign Debt\n\nWhy Japan Refuses to Undertake Reforms\n",
        # a contents page's rule of hyphens
        "Commitments" + "-" * 300 + "\n",
        # another party's determination, condemned
        "The leaders condemned Russia's war of aggression and its determination to annex land.",
    ],
)
def test_an_attacker_s_cases_against_the_list_and_headline_rules(text: str) -> None:
    assert extract(text, Settings(declared=dt.date(2024, 1, 1))) == []


def test_close_dash_items_without_full_stops_stay_apart() -> None:
    text = textwrap.dedent("""\
        Commitments made by the signatories include:
        -Establish multi-annual management plans for all key fisheries
        -Eliminate illegal fishing by 2020 by ensuring that all States have the means
        """)
    got = extract(text, Settings(declared=dt.date(2017, 3, 30)))
    assert [(c.cue, c.due) for c in got] == [("Establish", None), ("Eliminate", "by 2020")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We remain convinced of the need to reform the Security Council.",
        "The Ministry of Health will improve access to vaccines by 2026.",
    ],
)
def test_the_parties_own_voice_and_a_ministry_acting_stay_commitments(sentence: str) -> None:
    assert len(extract(sentence, Settings(declared=dt.date(2024, 1, 1)))) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second attacker's cases
        (
            "1. Engage in regular dialogue.\n2. Cooperate in the field of energy.\n"
            "3. Work on a common roadmap.\n",
            [("Engage", "pledge", None), ("Cooperate", "pledge", None), ("Work", "pledge", None)],
        ),
        (
            "The Council reaffirmed its commitment to the two-state solution and its"
            " determination to contribute to peace by 2027.",
            [
                ("reaffirmed its commitment", "pledge", None),
                ("its determination to", "pledge", "by 2027"),
            ],
        ),
        (
            "Deeply convinced of the need to act, the leaders agreed to launch negotiations.",
            [("agreed to", "pledge", None)],
        ),
        (
            "We, the Heads of State, convinced of the urgent need to act, agreed to meet again"
            " in Rome in 2026.",
            [("agreed to", "pledge", "2026")],
        ),
    ],
)
def test_a_second_attacker_s_cases(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 1, 1)))
    assert [(c.cue, c.strength, c.due) for c in got] == expected


def test_without_a_declared_day_a_year_that_opens_an_act_told_is_no_deadline() -> None:
    got = extract("In 2019, the leaders agreed to establish a joint commission.", Settings())
    assert [c.due for c in got] == [None]


@pytest.mark.parametrize(
    ("text", "dues"),
    [
        # the day the release is written is still ahead for what will happen on it
        (
            "The Minister will co-chair the 10th Session of the Joint Commission on Friday,"
            " 19 April 2024.",
            ["2024-04-19"],
        ),
        (
            "The Council of Ministers is scheduled to take place today, 19 April 2024.",
            ["2024-04-19"],
        ),
        # a later day dates the act rather than the day of the meeting that speaks
        (
            "We, meeting in Apia on 19 April 2024, will hold the review in September 2025.",
            ["2025-09"],
        ),
        # "today", "later this evening": the day itself, for what is still to come
        (
            "President Solih will host an Official Banquet in honour of PM Modi later this"
            " evening.",
            ["2024-04-19"],
        ),
        (
            "The Minister will attend the General Affairs Council in Luxembourg today.",
            ["2024-04-19"],
        ),
        ("The challenges we face today demand more cooperation.", []),
        # the day a decision takes effect, even the day it is written
        (
            "The two countries have agreed to establish diplomatic relations as of April 19, 2024.",
            ["2024-04-19"],
        ),
        (
            "The two governments have decided to establish diplomatic relations at the"
            " ambassadorial level effective from 19 April 2024.",
            ["2024-04-19"],
        ),
        # told in the past, the day is history
        ("The President was accorded a ceremonial welcome on 19 April 2024.", []),
        ("The leaders welcomed the signing of the agreement on 19 April 2024.", []),
    ],
)
def test_the_day_of_writing_is_a_deadline_only_for_what_is_still_to_come(
    text: str, dues: list[str]
) -> None:
    got = extract(text, Settings(declared=dt.date(2024, 4, 19)))
    assert [c.due for c in got if c.due] == dues


def test_a_day_of_reckoning_that_opens_the_sentence_is_not_the_day_a_thing_takes_effect() -> None:
    text = (
        "As of 19 April 2024, over 100 Member States have endorsed the Roadmap for Global"
        " Food Security – Call to Action."
    )
    assert extract(text, Settings(declared=dt.date(2024, 4, 19))) == []


def test_an_approval_told_today_is_the_meeting_s_act_but_a_welcome_today_is_said_now() -> None:
    declared = Settings(declared=dt.date(2021, 6, 11))
    assert extract("The Council today approved an updated contribution.", declared) == []
    got = extract(
        "Today, President Biden welcomed the historic commitment of the leaders of the G7 to"
        " provide more than 1 billion vaccines for the world, starting this summer.",
        declared,
    )
    assert [(c.cue, c.due) for c in got] == [("welcomed", "summer 2021")]


def test_a_date_labelled_as_the_text_s_own_is_not_a_deadline() -> None:
    text = "date 2024-04-19 The Minister of Trade and Industry will visit Cairo in May 2024."
    got = extract(text, Settings(declared=dt.date(2024, 4, 19)))
    assert [(c.due, c.quote.startswith("date")) for c in got] == [("2024-05", True)]
    # the same words mid-line are the act's day
    assert [
        c.due
        for c in extract(
            "The report will be issued on 30 April 2024.", Settings(declared=dt.date(2024, 4, 19))
        )
    ] == ["2024-04-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        "During President Buhari’s July 20-22, 2015, visit to Washington, President Buhari"
        " and Secretary Kerry underscored the need to revitalize the Commission.",
        "At a meeting on November 13, 2015, between an interministerial group and the"
        " Ambassador, the two sides underscored the need to reinvigorate the Commission.",
    ],
)
def test_an_occasion_gone_by_that_opens_a_sentence_dates_the_acts_told(sentence: str) -> None:
    assert extract(sentence, Settings(declared=dt.date(2016, 3, 30))) == []


def test_an_occasion_gone_by_leaves_what_is_still_ahead() -> None:
    sentence = (
        "At the meeting on 13 November 2015, the two sides agreed to meet again in June 2016."
    )
    got = extract(sentence, Settings(declared=dt.date(2016, 3, 30)))
    assert [(c.strength, c.due) for c in got] == [("pledge", "2016-06")]


def test_what_parties_will_be_required_to_do_binds_them() -> None:
    got = extract("States will be required to report by 2026.", DECLARED)
    assert [(c.strength, c.due) for c in got] == [("pledge", "by 2026")]


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        ("They reconfirmed their willingness to continue a structured dialogue.", "intent"),
        ("We reconfirm our intention to continue strategic-level engagement.", "intent"),
        ("We reconfirm our commitment to the partnership.", "pledge"),
    ],
)
def test_reconfirmed_reads_as_confirmed(sentence: str, strength: str) -> None:
    assert [c.strength for c in extract(sentence, DECLARED)] == [strength]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms. Mogherini stressed the EU’s desire to further invest in its relationship with Ethiopia.",
        "She emphasized the EU’s interest to work with Ethiopia on climate change.",
        "Prime Minister Mitsotakis expressed his pleasure of visiting Japan and his desire for"
        " both countries to further develop bilateral relations.",
    ],
)
def test_a_party_s_wish_stated_by_name_or_as_a_second_object_is_an_intent(sentence: str) -> None:
    assert [c.strength for c in extract(sentence, DECLARED)] == ["intent"]


def test_a_contracted_will_is_a_will() -> None:
    got = extract(
        "Tomorrow morning at 11:45, we’ll have a trip briefing here at State.",
        Settings(declared=dt.date(2010, 5, 18)),
    )
    assert [(c.strength, c.cue, c.due) for c in got] == [("pledge", "we’ll", "2010-05-19")]


def test_a_common_will_to_act_is_the_parties_resolve() -> None:
    got = extract(
        "EXPRESSING our common will to promote relations between Brazil and Africa;", DECLARED
    )
    assert [(c.strength, c.cue) for c in got] == [("pledge", "our common will to")]


@pytest.mark.parametrize(
    ("sentence", "declared", "due"),
    [
        ("Uganda will host the business forum on 12 June.", dt.date(2026, 11, 20), "2027-06-12"),
        ("The foreign ministers will meet on 17 January.", dt.date(2026, 3, 1), "2027-01-17"),
    ],
)
def test_a_day_without_its_year_that_will_come_is_the_next_one(
    sentence: str, declared: dt.date, due: str
) -> None:
    assert [c.due for c in extract(sentence, Settings(declared=declared))] == [due]


def test_a_day_told_after_the_future_or_naming_a_text_stays_history() -> None:
    text = "They will meet again, as agreed by the two Prime Ministers on 4 December."
    assert [c.due for c in extract(text, Settings(declared=dt.date(2012, 12, 19)))] == [None]
    text = "The two sides agreed to commemorate the anniversary of the June 15 Joint Declaration."
    assert [c.due for c in extract(text, Settings(declared=dt.date(2018, 6, 1)))] == [None]


def test_the_un_and_short_spellings_of_a_country_name_it() -> None:
    text = "Viet Nam and Côte d’Ivoire will open embassies; the UAE and the DRC will join."
    (got,) = extract(text, DECLARED)[:1]
    assert {"VN", "CI"} <= set(got.parties)


@pytest.mark.parametrize(
    ("text", "declared", "dues"),
    [
        # a third attacker's cases against this session's deadline rules
        ("We will meet early summer.", dt.date(1, 1, 1), [None]),
        ("We will meet in the autumn.", dt.date(9999, 12, 31), [None]),
        ("We will cut emissions by 20% from 2025 levels by 2035.", DECLARED.declared, ["by 2035"]),
        ("The moratorium will be extended from 2026 until 2028.", DECLARED.declared, ["by 2028"]),
        (
            "Funding will increase from 2026 to reach EUR 5 billion by 2030.",
            DECLARED.declared,
            ["by 2030"],
        ),
        (
            "We will phase out coal power from 2030 onwards and close all plants by 2040.",
            DECLARED.declared,
            ["by 2040"],
        ),
        (
            "Member States will be required by 31 December 2027 to transpose the directive.",
            DECLARED.declared,
            ["by 2027-12-31"],
        ),
        (
            "Based on the Paris Agreement, Japan made a firm commitment to cut emissions by 46%"
            " by 2030.",
            DECLARED.declared,
            ["by 2030"],
        ),
        (
            "The two countries wish to gradually extend the visa-free regime to all citizens"
            " by 2027.",
            DECLARED.declared,
            ["by 2027"],
        ),
        (
            "The ministry would like to supply welcome kits to all refugees by June 2026.",
            DECLARED.declared,
            ["by 2026-06"],
        ),
        (
            "Leaders who met in Brussels on 30 May 2025 agreed that the EU will continue its"
            " support to Ukraine.",
            DECLARED.declared,
            [None],
        ),
        (
            "The session was held on Friday, 30 May 2025, and it will go on.",
            DECLARED.declared,
            [None],
        ),
        ("Elections will be held on 20 December.", DECLARED.declared, ["2025-12-20"]),
        ("The leaders will meet again on 20 December.", dt.date(2025, 6, 15), ["2025-12-20"]),
        ("The survey measured pupils' reading skills and their interest in science.", None, []),
        ("“We’ll see,” he said.", None, []),
        ("We will pay by November-December 2026.", DECLARED.declared, ["by 2026-12"]),
        (
            "The talks will take place in December-January of 2026.",
            DECLARED.declared,
            ["2025-12/2026-01"],
        ),
        (
            "We will meet from Thursday, 12 to Friday, 13 June.",
            DECLARED.declared,
            ["2025-06-12/2025-06-13"],
        ),
    ],
)
def test_a_third_attacker_s_cases_against_the_deadline_rules(
    text: str, declared: dt.date | None, dues: list[str | None]
) -> None:
    got = extract(text, Settings(declared=declared))
    assert [c.due for c in got] == dues
    assert all(text[c.start : c.end] == c.quote for c in got)


@pytest.mark.parametrize(
    ("sentence", "host"),
    [
        ("They agreed to hold the next summit in Nairobi in March 2027.", "KE"),
        ("The ministers will meet again in Bangkok next year.", "TH"),
        ("The leaders will meet in Hanoi in 2027.", "VN"),
    ],
)
def test_a_summit_venue_s_capital_names_its_host(sentence: str, host: str) -> None:
    (got,) = extract(sentence, DECLARED)
    assert (got.host, got.parties) == (host, ())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an attacker's finds against the eighth session's rules: a subjunctive or a rule
        # set after "agreed that" is still agreed
        ("The leaders agreed that officials meet regularly.", [("agreed that", None)]),
        (
            "The two sides agreed that the Joint Commission meets annually in alternate capitals.",
            [("agreed that", None)],
        ),
        # a party whose phrase ends in a thing's name, and a party's act before a thing's effect
        ("Members of the Summit will bolster funding for the Global Fund.", [("will", None)]),
        (
            "Japan will provide funding so that the project will strengthen resilience.",
            [("will", None)],
        ),
        # "today" of an act told in a clause of its own is not the deadline
        ("We will implement the roadmap we endorsed today.", [("will", None)]),
        ("The leaders will follow up on the initiatives unveiled tonight.", [("will", None)]),
        # a welcome of a step with a date ahead, of a renewal planned
        (
            "The two sides welcomed the steps being taken to conclude the FTA by the end of 2024.",
            [("welcomed", "by end of 2024")],
        ),
        (
            "The leaders welcomed the planned renewal of the Memorandum of Understanding.",
            [("welcomed", None)],
        ),
        ("They welcomed the discussion on a future free trade agreement.", [("welcomed", None)]),
        # not a party's appeal, intention or participation
        ("The Ministers confirmed their participation in the summit held last week.", []),
        ("The court made an appeal to the Supreme Court.", []),
        ("The UN has issued an appeal for 500 million dollars.", []),
        ("He was told of the intention of rebels to attack the town.", []),
        ("They discussed the intention of Article 5 to deter aggression.", []),
        # an anniversary noted with how it will be marked
        (
            "The leaders noted that 2025 will mark the 60th anniversary, to be commemorated by a"
            " joint stamp issue.",
            [("noted", "2025")],
        ),
    ],
)
def test_the_eighth_session_s_rules_keep_what_an_attacker_showed_they_dropped(
    sentence: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract(sentence, Settings(declared=dt.date(2024, 5, 1)))
    assert [(c.cue, c.due) for c in got] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # what an attacker showed the ninth session's cues took for commitments
        "Agreements were reached to the satisfaction of both sides on all issues.",
        "Agreements were reached to date on twelve of the fifteen chapters.",
        "No agreements were reached to end the fighting.",
        "The leaders were in agreement that the situation remains deeply worrying.",
        "This approach is in agreement to the principles of the UN Charter.",
        "The mediation helped the two countries resolve that dispute in 2019.",
        "The court ruled in 2018, resolving that long-running dispute.",
        "The talks lasted for nine hours, resolving to nothing.",
        "China does not have an ambition to replace the United States.",
        "The two countries have a mutual interest in Beijing's stability.",
        "Reporters were interested in learning more about the deal.",
        # read from the X pool: a need or an importance only discussed, a courtesy
        # call, the text agreed, how things stand
        "The two Ministers discussed the need to reinvigorate bilateral cooperation.",
        "The prime ministers discussed Japan's priorities and the importance of coordination.",
        "Sushma Swaraj called on the visiting Prime Minister.",
        "The Prime Minister called on H.E. Alexander Van der Bellen, President of Austria.",
        "Finance and Health Ministers agreed on a joint communiqué.",
        "The two leaders welcomed positive developments from the Working Group.",
        "In the evening, the Prime Minister attended a welcome dinner.",
        "They thanked Fiji for the hospitality at the traditional Fijian welcome ceremony.",
        "They applauded the signing of the agreement.",
        # a formula that says how the text speaks; a courtesy call without its article
        "It should be noted that this council is the main coordinating body.",
        "I should emphasise that my statement is on my own responsibility.",
        "He paid courtesy call on the Hon’ble President of India Shri Pranab Mukherjee.",
        "The Minister of Finance called on the Rt. Hon. Prime Minister.",
    ],
)
def test_the_ninth_session_s_cues_leave_what_an_attacker_showed_is_no_commitment(
    sentence: str,
) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("The visit, the largest trade mission in three months, was welcomed by all.", None),
        ("This was the biggest decline in exports in nine months, and they pledged help.", None),
        (
            "The two presidents met in 2 weeks of intensive diplomacy and agreed to resume talks.",
            None,
        ),
        ("The parties will open the office in three months after ratification.", None),
        ("The Parties shall notify the Depositary in three months of any change.", None),
        ("The ministers will meet in 0 months to review progress.", None),
        # a look back in another clause leaves the clause's own span alone
        (
            "The ministers, meeting for the first time, agreed to reconvene in two months.",
            "by 2025-07-30",
        ),
        (
            "The President, who visited Kyiv last year, agreed to return in six months.",
            "by 2025-11-30",
        ),
        ("They agreed to extend the moratorium till the end of the year.", "by 2025"),
        ("They agreed to extend the moratorium till next year.", "by 2026"),
    ],
)
def test_a_span_in_months_counts_forward_only_when_the_clause_does(
    sentence: str, due: str | None
) -> None:
    found_ = extract(sentence, Settings(declared=dt.date(2025, 5, 30)))
    assert found_ and all(c.due == due for c in found_)


@pytest.mark.parametrize(
    ("sentence", "strength"),
    [
        # another verb says what the discussion came to; a call on a named person to act
        (
            "They also discussed the conflict in Yemen, and stressed the need for a ceasefire.",
            "intent",
        ),
        ("They called on H.E. the Secretary-General to convene a conference.", "intent"),
        # read from the Y pool: another's plan praised, a thing to do found desirable, a
        # request told in the passive
        ("President Biden applauded President Petro's commitment to protect the Amazon.", "intent"),
        ("Both sides reiterated the desirability of concluding negotiations.", "intent"),
        ("To that end, the negotiators were asked to expedite the remaining work.", "intent"),
        ("China announced targets to peak CO2 emissions around 2030.", "pledge"),
        # read from the Z pool: a deed proposed by its noun; a resolve held
        ("The three leaders propose formation of a new regional bloc.", "proposal"),
        ("We remain united and steadfast in our resolve to protect our citizens.", "pledge"),
        # an agreement with an adjunct set off by commas before what was agreed
        (
            "The government and the opposition agreed, in his presence, to constitute a committee.",
            "pledge",
        ),
        ("They agreed that officials will meet next year.", "pledge"),
    ],
)
def test_what_a_discussion_came_to_and_a_call_to_act_stay_commitments(
    sentence: str, strength: str
) -> None:
    assert [s for s, _ in found(sentence)] == [strength]


def test_a_control_character_is_read_as_a_space_but_kept_in_the_quote() -> None:
    # An attacker's NUL after a full stop merged two sentences and lost the second
    # commitment; one inside a clause hid its cue.
    text = (
        "Intro.\nThe ministers agreed to meet by 2026.\x00\nThe leaders agreed to meet in 2 weeks."
    )
    found_ = extract(text, Settings(declared=dt.date(2025, 5, 30)))
    assert [(c.quote, c.due) for c in found_] == [
        ("The ministers agreed to meet by 2026.", "by 2026"),
        ("The leaders agreed to meet in 2 weeks.", "by 2025-06-13"),
    ]
    inside = extract("China has an ambition to\x00 reduce emissions.", Settings())
    assert [c.quote for c in inside] == ["China has an ambition to\x00 reduce emissions."]
    assert "\x00" not in inside[0].title


@pytest.mark.parametrize(
    ("sentence", "strength", "due"),
    [
        # a second attacker's cases against the ninth session's rules: what they dropped
        (
            "The two sides agreed that India will contribute to the dam by 2026.",
            "pledge",
            "by 2026",
        ),
        (
            "The Leaders called on H.E. Mr. António Guterres to convene a conference by 2026.",
            "intent",
            "by 2026",
        ),
        (
            "The summit called on Dr. Tedros, head of WHO, to present a plan by June 2025.",
            "intent",
            "by 2025-06",
        ),
        ("The Ministers agreed on a declaration to halt forest loss by 2030.", "pledge", "by 2030"),
        (
            "The two leaders discussed security and affirmed the need to meet before June 2025.",
            "intent",
            "by 2025-05",
        ),
        (
            "As discussed at the last summit the Parties need to submit their plans by 2025.",
            "intent",
            "by 2025",
        ),
        (
            "The Council welcomed positive developments and the parties' commitment to hold elections by June 2025.",
            "intent",
            "by 2025-06",
        ),
    ],
)
def test_a_second_attacker_s_cases_against_the_ninth_session_s_exclusions(
    sentence: str, strength: str, due: str
) -> None:
    found_ = extract(sentence, Settings(declared=dt.date(2024, 11, 15)))
    assert [(c.strength, c.due) for c in found_] == [(strength, due)]


@pytest.mark.parametrize(
    "sentence",
    [
        # ... and what they took for commitments
        "The Council commended Ghana's commitment to democracy.",
        "The Ministers discussed the desirability of establishing a free trade area.",
        "Some members questioned the desirability of extending the moratorium.",
        "Journalists and officials were asked to leave the hall.",
        "The ministers were asked to resign after the corruption scandal.",
        "The chair announced the goals of the meeting in her opening remarks.",
        "Russia rejected the proposed deployment of peacekeepers in eastern Ukraine.",
        "We salute the Ukrainian people, admirable in their resolve to defend their country.",
    ],
)
def test_a_second_attacker_s_cases_against_the_ninth_session_s_cues(sentence: str) -> None:
    assert found(sentence) == []


def test_a_control_character_at_a_line_s_end_or_a_replacement_character_cuts_nothing_wrongly() -> (
    None
):
    wrapped = "The leaders agreed to establish a joint fund for \x00\nclimate adaptation by the end of 2026.\n"
    assert [c.due for c in extract(wrapped, Settings(declared=dt.date(2024, 11, 15)))] == [
        "by end of 2026"
    ]
    two = "They agreed to hold talks by 2026.\ufffd The ministers will open a consulate by 2027."
    assert [c.due for c in extract(two, Settings(declared=dt.date(2024, 11, 15)))] == [
        "by 2026",
        "by 2027",
    ]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        (
            "They emphasized on the necessity of addressing the issues.",
            "emphasized on the necessity",
        ),
        ("The two presidents stressed on maintaining relations.", "stressed on"),
        ("The report, with its emphasis on the need to reform the WTO, was presented.", "need to"),
    ],
)
def test_a_need_stressed_on_is_the_verb_s_cue_and_an_emphasis_on_it_is_not(
    sentence: str, cue: str
) -> None:
    assert [c.cue for c in extract(sentence, DECLARED)] == [cue]


def test_welcoming_anothers_plan_is_an_intent_but_not_anothers_state() -> None:
    # a possessive is a determiner as "the" is: "Welcoming China’s commitment to issuing
    # a bond" welcomes a plan; "Welcoming Serbia’s orientation towards the EU" a state
    got = extract(
        "  • Welcoming China’s commitment to issuing a sovereign green bond in the UK in 2025.\n"
        "  • Welcoming Bank of China London Branch’s intention to issue new bonds.\n"
        "  • Welcoming Serbia’s orientation towards the EU.\n",
        Settings(declared=dt.date(2025, 1, 11)),
    )
    assert [(c.strength, c.cue, c.due) for c in got] == [
        ("intent", "Welcoming", "2025"),
        ("intent", "Welcoming", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Once again, Mr. Prime Minister, I welcome you to Azerbaijan.",
        "It is your first visit as President, and I am delighted to welcome you here.",
        "President Mnangagwa and his delegation were warmly welcomed on arrival at State House.",
    ],
)
def test_a_guest_greeted_is_no_commitment(text: str) -> None:
    assert extract(text, Settings(declared=dt.date(2016, 12, 13))) == []


def test_welcoming_them_as_members_ahead_is_still_an_intent() -> None:
    got = extract(
        "They looked forward to welcoming them as full Members of the OECD.",
        Settings(declared=dt.date(2016, 12, 13)),
    )
    assert [c.strength for c in got] == ["intent"]


def test_a_decision_of_named_people_is_welcomed_for_what_they_decided() -> None:
    # "the Presidents", "President Trump" here decided or began; they are not guests
    got = extract(
        "We welcome the decision of the Presidents of Ukraine and Romania to build a "
        "Strategic Partnership between the two countries. We welcome the initiative of "
        "President Trump to help bring this war to an end.",
        Settings(declared=dt.date(2023, 10, 18)),
    )
    assert [(c.strength, c.cue) for c in got] == [("intent", "welcome"), ("intent", "welcome")]


def test_a_commitment_renewed_in_a_country_of_two_words_is_a_pledge() -> None:
    got = extract(
        "The President reiterated South Africa's commitment to close fraternal relations "
        "with Botswana. We'd like to sign a free trade agreement.",
        Settings(declared=dt.date(2005, 10, 27)),
    )
    assert [(c.strength, c.cue) for c in got] == [
        ("pledge", "reiterated South Africa's commitment"),
        ("intent", "We'd like to"),
    ]


def test_a_request_or_an_invitation_made_again_and_support_assured_are_intents() -> None:
    got = extract(
        "Prime Minister Kishida reiterated his request for Italy’s cooperation towards the "
        "early lifting of import measures. Vietnam reiterated PM Nguyen Tan Dung’s "
        "invitation to PM David Cameron to make an official visit to Vietnam. France "
        "assured it of its support at this difficult time.",
        Settings(declared=dt.date(2011, 9, 13)),
    )
    assert [(c.strength, c.cue) for c in got] == [
        ("intent", "reiterated his request for"),
        ("intent", "reiterated PM Nguyen Tan Dung’s invitation to"),
        ("intent", "assured it of its support"),
    ]


def test_relations_hailed_as_they_stand_and_a_scam_warning_are_no_commitments() -> None:
    text = (
        "The two Leaders hailed the warm and cordial relations between Kenya and India. "
        "Government officials will NEVER ask you to transfer money over a phone call. "
        "The leaders hailed the agreement to hold talks in 2026."
    )
    got = extract(text, Settings(declared=dt.date(2016, 7, 11)))
    assert [(c.cue, c.due) for c in got] == [("hailed", "2026")]


def test_welcoming_how_relations_grew_is_an_observation_and_more_of_it_a_wish() -> None:
    text = (
        "The ministers welcomed the steady expansion and diversification of bilateral "
        "trade ties. They welcomed the remarkable development of the strategic "
        "partnership. The leaders welcomed sustained high-level exchanges between the two "
        "governments. They welcomed further expansion of cooperation in health. They "
        "welcomed the upcoming high-level visit to Oslo. They welcomed the expansion of "
        "cooperation into space from 2027."
    )
    got = extract(text, Settings(declared=dt.date(2024, 3, 1)))
    assert [(c.quote[:30], c.due) for c in got] == [
        ("They welcomed further expansio", None),
        ("They welcomed the upcoming hig", None),
        ("They welcomed the expansion of", "2027"),
    ]


def test_an_instruments_own_terms_are_not_acts_but_a_dated_entry_into_force_is() -> None:
    text = (
        "This Arrangement shall enter into force upon signature by both Parties. "
        "Any amendment to this Arrangement shall be made by mutual written consent. "
        "No provision of this Arrangement shall be construed as a waiver of immunity. "
        "The Parties shall exchange hydrological data every month. "
        "The Convention will enter into force on 1 March 2027."
    )
    got = extract(text, Settings(declared=dt.date(2026, 5, 4)))
    assert [(c.quote[:26], c.due) for c in got] == [
        ("The Parties shall exchange", None),
        ("The Convention will enter ", "2027-03-01"),
    ]


def test_what_an_instrument_will_mean_or_give_is_a_judgement_not_an_act() -> None:
    text = (
        "This treaty will reflect our shared history. The declaration will formalise "
        "our cooperation on batteries. These investments will build on the work of the "
        "commission. The summit will provide an opportunity to review progress. "
        "The forum will reflect on the state of the region. The agreement will provide a "
        "framework for labour mobility."
    )
    got = extract(text, Settings(declared=dt.date(2025, 2, 1)))
    assert [c.quote[:20] for c in got] == ["The forum will refle", "The agreement will p"]


def test_agreeing_on_what_a_thing_will_bring_is_a_view_and_on_a_partys_act_a_decision() -> None:
    text = (
        "The ministers agreed that closer energy cooperation would help both economies. "
        "They agreed that the new accord will cement the partnership. "
        "The leaders agreed that Norway would support Chile's candidacy. "
        "They agreed that the settlement will advance their interests and must be pursued."
    )
    got = extract(text, Settings(declared=dt.date(2025, 2, 1)))
    assert [c.quote[:22] for c in got] == ["The leaders agreed tha", "They agreed that the s"]


def test_a_report_welcomed_is_delivered_and_a_study_launched_is_ahead() -> None:
    text = (
        "The ministers welcomed the report of the Expert Group on fisheries. "
        "Leaders welcomed reports from the sectoral committees. "
        "They welcomed the launch of a feasibility study on a rail link. "
        "They welcomed the report due in 2027."
    )
    got = extract(text, Settings(declared=dt.date(2025, 2, 1)))
    assert [(c.quote[:22], c.due) for c in got] == [
        ("They welcomed the laun", None),
        ("They welcomed the repo", "2027"),
    ]


def test_greetings_passed_on_are_courtesies_and_an_invitation_passed_on_is_an_offer() -> None:
    text = (
        "The President conveyed his warmest wishes to the King of Lesotho. "
        "She asked the Premier to give her warm regards to the President. "
        "The Minister conveyed greetings and invited the Prime Minister to visit Hanoi. "
        "He asked her to convey his greetings and his invitation to visit Oslo."
    )
    got = extract(text, Settings(declared=dt.date(2025, 2, 1)))
    assert [c.quote[:16] for c in got] == ["The Minister con", "He asked her to "]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # a reviewer's attack on the session's narrowing rules: each is still an act or a
        # plan, dated or with a plan of its own in the clause
        ("The Visa Exemption Agreement will enter into force on 1 July.", "2025-07-01"),
        ("The interim arrangement on grain exports will come into effect next month.", "2025-04"),
        ("The provisions on market access will be revised by the end of the year.", "by 2025"),
        ("The sanctions regime established by the Agreement will remain in force.", None),
        ("The two sides welcomed the broadening of economic cooperation from early 2026.",
         "early 2026"),
        ("The Presidents welcomed regular high-level visits in the second half of 2026.",
         "second half of 2026"),
        ("The leaders welcomed the development of a cooperation roadmap.", None),
        ("The Ministers welcomed the joint feasibility study to be conducted by experts.", None),
        ("The leaders welcomed the report's recommendation to establish a joint fund.", None),
        ("The Ministers welcomed the study tour programme for young diplomats.", None),
        ("The new framework will formalise the annual ministerial dialogue from 2026.", "2026"),
        ("The summit will recognise young entrepreneurs with an award.", None),
        ("The leaders agreed that the Federal Government would help finance the bridge.", None),
        ("They agreed that the new credit facility will help finance projects by 2027.",
         "by 2027"),
        ("Prime Minister Modi agreed to visit Japan next year and conveyed his warm greetings "
         "to the Emperor.", "2026"),
        ("The President expressed his wishes to visit Hanoi in the autumn of 2026.",
         "autumn 2026"),
        ("The Prime Minister will send his greetings and a trade delegation in May.", "2025-05"),
    ],
)  # fmt: skip
def test_the_session_s_narrowing_rules_leave_acts_and_dated_plans_alone(
    sentence: str, due: str | None
) -> None:
    got = extract(sentence, Settings(declared=dt.date(2025, 3, 1)))
    assert [c.due for c in got] == [due]


def test_appreciating_efforts_or_a_role_is_thanks_not_a_commitment() -> None:
    text = (
        "Prime Minister Singh appreciated Japan's efforts to contribute to peace and "
        "stability of the region. India appreciated the significant role played by Uganda "
        "for economic integration. The leaders appreciated the commitment of Korea to "
        "continue supporting ASEAN’s efforts to deepen integration."
    )
    got = extract(text, Settings(declared=dt.date(2010, 5, 1)))
    assert [c.quote[:20] for c in got] == ["The leaders apprecia"]


def test_an_intent_noted_is_one_and_a_speech_act_or_a_caption_is_none() -> None:
    text = (
        "The two leaders noted their mutual intent to continue to strengthen the "
        "relationship between Malaysia and New Zealand. On bilateral cooperation, I would "
        "like to deliver several points of note.\n\n"
        "President Nguyen Xuan Phuc (R) is welcomed by his Singaporean counterpart Halimah "
        "Yacob on February 25 (Photo: VNA)\n"
    )
    got = extract(text, Settings(declared=dt.date(2022, 2, 26)))
    assert [(c.strength, c.cue) for c in got] == [("intent", "noted")]


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        # a reference to a lettered paragraph wraps; an item opens with a capital
        (
            "The Parties shall implement the measures referred to in Article 4\n"
            "(a) of this Agreement no later than 31 December 2025.",
            "2024-05-01",
            [("pledge", "shall", "by 2025-12-31")],
        ),
        # a guest welcomed to do something is asked to do it
        (
            "We welcome them to apply for the scholarship programme by 30 June.",
            "2024-05-01",
            [("intent", "welcome", "by 2024-06-30")],
        ),
        (
            "The leaders welcome you to participate in the Expo in 2025.",
            "2024-05-01",
            [("intent", "welcome", "2025")],
        ),
        # another's plan welcomed only with its infinitive, not a thing done
        (
            "Welcoming India's initiative of the International Solar Alliance launched in 2015.",
            "2024-05-01",
            [],
        ),
        # relations hailed with what is still to come, or an agreement to upgrade them
        (
            "The leaders hailed the new chapter in relations that will begin in 2025.",
            "2024-05-01",
            [("intent", "hailed", "2025")],
        ),
        (
            "The leaders hailed the agreement to upgrade ties.",
            "2024-05-01",
            [("intent", "hailed", None)],
        ),
        # efforts appreciated that are still to be made
        (
            "The Minister appreciated the efforts that Indonesia will make as ASEAN Chair in 2025.",
            "2024-05-01",
            [("intent", "appreciated", "2025")],
        ),
        # mid-year with its year said, or after the declared day's has gone by
        (
            "The Ministers agreed to meet by mid-year, 2026.",
            "2024-05-01",
            [("pledge", "agreed to", "2026")],
        ),
        (
            "The Ministers will meet in mid-year to review progress.",
            "2024-05-01",
            [("pledge", "will", "mid 2024")],
        ),
        (
            "The roadmap will be finalised by mid-year and adopted at the summit.",
            "2024-11-20",
            [("pledge", "will", "by mid 2025")],
        ),
        # a speaker's turn is no wish; a deed wished is
        ("I'd like to begin by congratulating you on the election.", "2024-05-01", []),
        (
            "“I wish to conclude the negotiations with India as soon as possible.",
            "2024-05-01",
            [("intent", "wish to", None)],
        ),
        # a named party's support or request
        (
            "The President assured President Zelenskyy of India's support.",
            "2024-05-01",
            [("intent", "assured President Zelenskyy of India's support", None)],
        ),
        (
            "He reiterated Japan's request for the early lifting of import restrictions.",
            "2024-05-01",
            [("intent", "reiterated Japan's request for", None)],
        ),
        # an initiative taken by a person is what the person began
        (
            "We welcome the initiative taken by President Trump to help bring this war to an end.",
            "2024-05-01",
            [("intent", "welcome", None)],
        ),
    ],
)
def test_what_a_fresh_reader_found_the_session_rules_overreached(
    text: str, declared: str, expected: list[tuple[str, str, str | None]]
) -> None:
    got = extract(text, Settings(declared=dt.date.fromisoformat(declared)))
    assert [(c.strength, c.cue, c.due) for c in got] == expected


def test_a_title_in_capitals_or_before_an_apostrophe_ends_no_sentence() -> None:
    text = "She will meet the Hon. 'Aisake Eke on 3 June 2024. THE HON. CHRIS HIPKINS spoke."
    assert [s.text for s in sentences(text)] == [
        "She will meet the Hon. 'Aisake Eke on 3 June 2024.",
        "THE HON. CHRIS HIPKINS spoke.",
    ]


def test_a_vision_for_and_a_preamble_wish_run_on_after_a_comma_are_intents() -> None:
    text = (
        "Our 2030 vision is for revitalised and dynamic connections between our people. "
        "Promoting effective cooperation between Vietnam and the Russian Federation, "
        "Wishing to deepen the relationship between the two countries. The leaders met in "
        "Hanoi, wishing to see the project finished."
    )
    got = extract(text, Settings(declared=dt.date(2021, 11, 30)))
    assert [(c.strength, c.cue) for c in got] == [
        ("intent", "Our 2030 vision is for"),
        ("intent", "Wishing to"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # deadlines: a part of a month before "or", months "through" months, a year that
        # names the means, days of reckoning after a mark, a quotation or a comma
        (
            "The Leaders agreed to hold the summit in late May or early June 2025.",
            [("pledge", "2025-05/2025-06")],
        ),
        (
            "The programme will run from July through December 2025.",
            [("pledge", "2025-07/2025-12")],
        ),
        ("Japan will fund the project through 2026 budget appropriations.", [("pledge", None)]),
        ("1. As of 10 May 2024, over 100 States have endorsed the Declaration.", []),
        (
            "According to the Secretariat, as of 10 May 2024, 90 projects are under way and will"
            " be completed.",
            [("pledge", None)],
        ),
        (
            "The Council welcomed the accession of Sweden to the Convention, effective as of 10 May 2024.",
            [],
        ),
        # acts of a body or an office holder, not a thing's effect
        (
            "The Presidency will bring forward a proposal on the budget by June 2025.",
            [("pledge", "by 2025-06")],
        ),
        (
            "Each Party will bring its national legislation into conformity with the Convention by 2026.",
            [("pledge", "by 2026")],
        ),
        ("The Government will bring the perpetrators to justice.", [("pledge", None)]),
        (
            "The Co-Chairs will continue to inform all participants of the progress of the talks.",
            [("pledge", None)],
        ),
        (
            "The Chair will pose the following questions to delegations at the next meeting in"
            " September 2024.",
            [("pledge", "2024-09")],
        ),
        (
            "They highlighted the opportunities that a free trade agreement would bring to all parties.",
            [],
        ),
        # guests, and what is not a guest
        ("President Ramaphosa welcomed Federal Chancellor Olaf Scholz to Pretoria.", []),
        ("The Emir welcomed Mr. Antony Blinken, U.S. Secretary of State, at the Amiri Diwan.", []),
        ("The Ministers welcomed Crown Prince Mohammed bin Salman on his visit.", []),
        (
            "The Ministers welcomed back-to-back meetings of the Working Groups to be held in Geneva"
            " in June 2025.",
            [("intent", "2025-06")],
        ),
        (
            "The Ministers welcomed their guests' proposal to set up a joint fund by 2025.",
            [("intent", "by 2025")],
        ),
        (
            "The Leaders welcomed President Biden on his proposal to host a Summit for Democracy in 2025.",
            [("intent", "2025")],
        ),
        (
            "Mr. Akiba welcomed Mr. Sullivan's reaffirmation of the alliance commitments.",
            [("intent", None)],
        ),
        # members who join later are welcomed as a plan
        (
            "The Leaders welcomed Bolivia and Kazakhstan as partners of BRICS from 1 January 2025.",
            [("intent", "2025-01-01")],
        ),
        # the text's own version prevails; a spirit that prevails is resolved
        ("In case of divergence, the English version shall prevail.", []),
        (
            "The two sides affirmed that the spirit of the Treaty of Friendship shall prevail in"
            " their relations.",
            [("pledge", None)],
        ),
        # a heading that ends on "ITS" or "From Within" is no wrapped line
        (
            "Smart Mobility and ITS\nThe Ministers agreed to launch a joint pilot by 2026.",
            [("pledge", "by 2026")],
        ),
        # adherence renewed, however it is qualified
        (
            "The two sides reaffirmed their firm and unwavering adherence to the principles of the"
            " UN Charter.",
            [("pledge", None)],
        ),
        (
            "Both sides reaffirmed the adherence of their countries to the Treaty on the"
            " Non-Proliferation of Nuclear Weapons.",
            [("pledge", None)],
        ),
        ("The Leaders underlined their adherence to the Minsk agreements.", [("pledge", None)]),
        (
            "The Ministers highlighted the importance of the high level of compliance already"
            " achieved under the Convention.",
            [],
        ),
    ],
)
def test_what_a_fresh_reader_found_the_sixteenth_session_rules_missed_or_overreached(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert [(c.strength, c.due) for c in got] == expected
    if "ITS\n" in text:
        assert got[0].quote.startswith("The Ministers")


def test_the_last_item_of_a_list_of_words_is_not_a_clause_of_its_own() -> None:
    steadfast = (
        "Our steadfast commitment to supporting Ukraine's fight for its independence,"
        " sovereignty, and territorial integrity will never waver."
    )
    assert found(steadfast) == [("pledge", steadfast)]
    # a subject after the "and" still starts a clause of its own
    two = (
        "Indonesia is committed to enhancing cooperation with Pacific countries, including"
        " PNG, and we have agreed to formulate a five-year roadmap."
    )
    assert [q for _, q in found(two)] == [
        "Indonesia is committed to enhancing cooperation with Pacific countries, including PNG",
        "we have agreed to formulate a five-year roadmap.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun and the event are no one's undertaking
        ("Many donors significantly increased their pledges to the Global Fund.", []),
        ("Pledges were made by 48 Member States for humanitarian action in Yemen.", []),
        ("Germany's Presidency got under way with a triumph at the Gavi pledging conference.", []),
        ("Canada pledges $50 million to the Global Fund.", ["pledge"]),
        ("The leaders signed a declaration pledging to maintain good relations.", ["pledge"]),
        # what a thing is for, and the same words as the parties' own preamble
        (
            "The Council affirms the principles of Barents cooperation, aiming at promoting stability.",
            [],
        ),
        (
            "Aiming at strengthening political and economic security of the Member States;",
            ["intent"],
        ),
        # the participle of a noun's doing, and a party seeking
        ("They met the people being displaced and seeking refuge.", []),
        (
            "The two Ministries are seeking a memorandum of understanding on the environment.",
            ["intent"],
        ),
        # what ties will do, weighed, and what a party will do
        (
            "The intensification of cooperation is of particular importance, and will not only"
            " place relations on a new level, but will also forge a partnership.",
            [],
        ),
        ("We will not only meet in 2026 but also hold a summit.", ["pledge"]),
        # a recall set off by commas, then "hereby": the act after it is the parties'
        (
            "We, the participants at the first Forum, recalling the historic role of partners"
            " since 1976, hereby commit ourselves to more effective cooperation.",
            ["pledge"],
        ),
    ],
)
def test_the_seventeenth_session_s_nouns_purposes_and_participles(
    text: str, expected: list[str]
) -> None:
    assert [strength for strength, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Before the negotiations, Colorado would have closed its last coal plant in 2070.",
        "We underlined the consequences that a deliberate use of the virus would have upon"
        " the world's populations.",
        "We discussed pressures on our borders from growing numbers of would-be migrants.",
        "It would be highly appreciated if the present letter and its annex could be"
        " circulated as a document of the General Assembly.",
    ],
)
def test_what_might_have_been_an_effect_or_a_covering_letter_s_courtesy_is_no_promise(
    text: str,
) -> None:
    assert found(text) == []


def test_what_a_party_says_it_would_do_is_still_a_pledge() -> None:
    assert [s for s, _ in found("Japan stated that it would have a special meeting in May.")] == [
        "pledge"
    ]


def test_more_needs_to_be_done_is_a_judgement_with_no_one_to_do_it() -> None:
    assert found("But more needs to be done.") == []
    assert found("The Alliance is predicated on the idea more must be done to protect them.") == []
    assert [s for s, _ in found("The Ministers need to do more to protect them.")] == ["intent"]


def test_money_announced_and_a_resolve_made_hereby_are_pledges_and_actions_already_taken_welcomed_are_not() -> (
    None
):
    assert [
        s
        for s, _ in found(
            "Today, Prime Minister Trudeau announced over $50 million for initiatives that promote democracy."
        )
    ] == ["pledge"]
    assert [
        s
        for s, _ in found(
            "At the conference, I was able to announce an additional £13 million in UK funding."
        )
    ] == ["pledge"]
    assert [
        s
        for s, _ in found(
            "Norway and the United States hereby resolve to deepen their collaboration on forests."
        )
    ] == ["pledge"]
    assert found("The Prime Minister announced the result of the vote.") == []
    assert found("We welcome the important actions already being taken by Governments.") == []
    assert found("The Ministers welcomed the efforts already made to engage Somali partners.") == []


def test_a_thing_that_aims_to_in_a_relative_clause_and_a_welcome_statement_are_no_commitments() -> (
    None
):
    assert (
        found(
            "The ministers reviewed the Action Plan 2016-2018 that aims at the implementation of the Forum's principles."
        )
        == []
    )
    assert (
        found(
            "They reviewed the Cooperation Committee, which aims to further strengthen bilateral cooperation."
        )
        == []
    )
    assert found("The Minister made a welcome statement on behalf of the Czech Government.") == []
    assert [
        s
        for s, _ in found(
            "The Coalition aims to promote accountability for those who harm journalists."
        )
    ] == ["intent"]


@pytest.mark.parametrize(
    "text",
    [
        "Finland announced EUR 40 million for a new programme on climate-resilient agriculture.",
        "Finland announced 40 million euros for a new programme.",
        "Japan announced USD 2.5 billion for the fund.",
        "India announced Rs 500 crore for the corridor.",
        "The Minister announced a grant of EUR 40 million for schools.",
    ],
)
def test_money_announced_in_any_currency_s_writing_is_a_pledge(text: str) -> None:
    assert [s for s, _ in found(text)] == ["pledge"]


def test_a_date_set_off_by_commas_leaves_no_comma_pair_in_the_title() -> None:
    (c,) = extract(
        "The Ministers agreed to prepare, by the end of February 2027, terms of reference for"
        " an independent review.",
        Settings(declared=dt.date(2026, 12, 3)),
    )
    assert (c.due, c.title) == (
        "by 2027-02",
        "Prepare terms of reference for an independent review",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list's last item, but a name, a body or a verb after the "and" is a clause
        (
            "The Parties will convene an extraordinary session, if necessary, and the"
            " Secretariat will prepare a report before the next meeting.",
            [("pledge", None), ("pledge", None)],
        ),
        (
            "Leaders decided to admit Egypt, Ethiopia, and Brazil will host the next summit in 2025.",
            [("pledge", None), ("pledge", "2025")],
        ),
        (
            "The ministers reaffirmed their support for ASEAN centrality, UNCLOS, and decided to"
            " convene the next meeting in Vientiane in October.",
            [("intent", None), ("pledge", "2024-10")],
        ),
        # a recall with commas of its own, and "do hereby"
        (
            "We, recalling the Declaration on the Rights of Indigenous Peoples, adopted in 2007,"
            " hereby commit ourselves to implementing it fully by 2030.",
            [("pledge", "by 2030")],
        ),
        (
            "We, the Ministers, recalling our earlier pledges, do hereby commit ourselves to"
            " eradicating polio in the region.",
            [("pledge", None)],
        ),
        # the verb "pledges" after a name ending in "in", and in any currency
        (
            "Britain pledges to double its funding for the Global Fund by 2026.",
            [("pledge", "by 2026")],
        ),
        ("Spain pledges €50 million to the Sahel Alliance.", [("pledge", None)]),
        ("Norway pledges NOK 500 million to the Amazon Fund.", [("pledge", None)]),
        ("Japan pledges ¥1 billion in emergency grant aid to Türkiye.", [("pledge", None)]),
        ("The pledging moment at COP28 raised $700 million for the Fund.", []),
        # a party aiming at, seeking, or doing more than one thing
        (
            "We are aiming at concluding the negotiations on the Free Trade Agreement by the end"
            " of 2024.",
            [("intent", "by end of 2024")],
        ),
        ("Japan is actively seeking a role in the reconstruction of Ukraine.", [("intent", None)]),
        (
            "NATO will not only strengthen its eastern flank but also increase air defence production.",
            [("pledge", None)],
        ),
        # a future perfect with its day, an opportunity a party gives
        (
            "The Government announced that it would have completed the electrification of all"
            " villages by March 2025.",
            [("pledge", "by 2025-03")],
        ),
        (
            "The Government will provide an opportunity for all school leavers to undertake an"
            " apprenticeship by 2026.",
            [("pledge", "by 2026")],
        ),
        # more work needed, a value reported, money in other writings, a resolve
        ("More work needs to be done to close the financing gap.", []),
        ("The two sides announced $12 billion in bilateral trade for 2023, a record.", []),
        ("The President announced $5 billion in deals signed during the visit.", []),
        ("Switzerland announced CHF 5 million for mine action in Ukraine.", [("pledge", None)]),
        (
            "Canada announced funding of $20 million for education programs in Jordan.",
            [("pledge", None)],
        ),
        (
            "The Assembly hereby resolves to establish a Regional Fund for Disaster Relief.",
            [("pledge", None)],
        ),
    ],
)
def test_what_a_fresh_reader_found_the_seventeenth_session_rules_missed_or_overreached(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert [(c.strength, c.due) for c in got] == expected


def test_a_numbered_paragraph_that_leads_into_a_list_opens_it() -> None:
    text = textwrap.dedent(
        """\
        6. The two leaders welcomed the growing trade between their countries.

        7. The two sides agreed on the following actions:
        - Launch a joint programme on renewable energy in 2027;
        - Expand student exchanges between universities;
        - Open a Team Finland trade office in Nairobi in 2027;
        - Hold annual political consultations, the first in Nairobi in February 2027;

        8. The leaders thanked the people of Kenya for their hospitality.
        """
    )
    got = extract(text, Settings(declared=dt.date(2026, 12, 3)))
    assert [(c.quote.split()[0], c.due) for c in got] == [
        ("Launch", "2027"),
        ("Expand", None),
        ("Open", "2027"),
        ("Hold", "2027-02"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body known by its letters calls on others, as a named party does
        (
            "OSCE calls for enhanced interfaith and intercultural dialogue to address rising"
            " anti-Semitism.",
            [("intent", None)],
        ),
        (
            "The NPDI calls on all parties to the NPT to exercise effective multilateralism.",
            [("intent", None)],
        ),
        # a thing's demand is still no one's call
        ("The scale of the crisis calls for our unity.", []),
        # the ones invited may take several words before what they are asked to do
        (
            "We invite other national and subnational governments to join the Alliance.",
            [("intent", None)],
        ),
        # a need stated with another adjective, a responsibility underlined, a body's call
        (
            "It is crucial that we work to secure an ambitious and robust agreement.",
            [("intent", None)],
        ),
        ("It is imperative to immediately cease hostilities.", [("intent", None)]),
        (
            "They underline the responsibility of the States to address trafficking in human"
            " beings.",
            [("intent", None)],
        ),
        (
            "Now counting 56 members, the coalition calls for ambitious action by ICAO.",
            [("intent", None)],
        ),
        (
            "The Minister and Secretary committed their ministries to accelerating cooperation"
            " on supply chains.",
            [("pledge", None)],
        ),
        # a judgement of a course, a thing's standing, a site's notices
        (
            "Reversing these commitments would be unacceptable and inconsistent with the mandate.",
            [],
        ),
        ("On their current trajectory, these emissions would be incompatible with the goal.", []),
        ("If shipping were a country, the sector would rank among the top 10 emitters.", []),
        ("The website will undergo scheduled maintenance on Saturday, 22 March.", []),
        ("The Ministry will not ask you to send money or give your banking details.", []),
        # what has to be done, as what must be; observers invited are people named
        ("Border permeability has to be increased sufficiently.", [("intent", None)]),
        ("More efforts have to be put in combating organised crime.", [("intent", None)]),
        (
            "The meeting was also attended by 10 invited observer countries and 6 observer"
            " organizations.",
            [],
        ),
        # an exhortation is a call; a resolve renewed or affirmed is a pledge
        (
            "The Prime Minister exhorted the ministers to declare war against poverty.",
            [("intent", None)],
        ),
        (
            "Both Prime Ministers renewed their resolution to further develop the relationship.",
            [("pledge", None)],
        ),
        (
            "The President and the Chancellor affirmed in this connection their resolve to"
            " implement the decision.",
            [("pledge", None)],
        ),
        # a need talked about, lessened or lacking is no one's call
        ("The leaders spoke about the need for further efforts to combat violence.", []),
        (
            "We will promote good practices in order to reduce the need for antimicrobials.",
            [("pledge", None)],
        ),
        ("A world where unmet need for family planning is zero.", []),
        ("The grant covers 75% of the investment needs for this phase.", []),
        # days tell how long as often as when: "in N days" is no deadline (months and
        # weeks are)
        ("The Institute will send a proposal to Samoa in 15 days.", [("pledge", None)]),
        # an approval in principle, enthusiasm expressed, a term extended by a span
        (
            "The Eurogroup endorsed in principle the disbursement of the next tranche.",
            [("pledge", None)],
        ),
        (
            "Premier Hodge expressed her enthusiasm to contribute to the work of the OECS.",
            [("intent", None)],
        ),
        (
            "The two Parties agreed to extend the Provisional Agreement for another two years.",
            [("pledge", "by 2026-05-10")],
        ),
        # what a newcomer found: a span from another day, two more years, a belief, a
        # site's notices
        (
            "Operators will notify each other of any incident within 15 days of its detection.",
            [("pledge", None)],
        ),
        (
            "The parties agreed to extend the moratorium for two more years.",
            [("pledge", "by 2026-05-10")],
        ),
        (
            "The Ministers believe that the energy transition will strengthen the"
            " competitiveness of the region and will create thousands of jobs.",
            [],
        ),
        ("The Ministry will never ask you for your password by e-mail.", []),
        (
            "Links to external websites are provided for convenience only and should not be"
            " construed as an endorsement.",
            [],
        ),
        # a quarter by its Spanish name
        (
            "In the first trimester of 2027 Peru will host the next follow-up meeting.",
            [("pledge", "2027-Q1")],
        ),
    ],
)
def test_the_eighteenth_session_s_calls_and_invitations(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert [(c.strength, c.due) for c in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # letters after a word of their own are no subject; a body's growth is no body
        ("The spread of HIV calls for urgent and coordinated action.", []),
        ("The impact of COVID-19 highlights the need to strengthen health systems.", []),
        ("Projects financed by the ADB seek to improve rural roads in the region.", []),
        ("SUDAN CRISIS CALLS FOR URGENT INTERNATIONAL ACTION", []),
        ("The expansion of the bloc calls for institutional reform.", []),
        # a purpose, an effect, a refusal, a noun; observers invited to act are invited
        ("The platform is designed to invite private investors to co-finance roads.", []),
        ("Weak enforcement may invite criminal networks to exploit the gaps.", []),
        ("They did not invite Russian officials to the ceremony.", []),
        ("He received an invite from the Prime Minister to attend the summit.", []),
        (
            "The Ministers invited observer countries to take part in the working groups.",
            [("intent", None)],
        ),
        ("CONTINUES to invite Member States to honour the Maputo commitments.", [("intent", None)]),
        # how the text speaks, a blame, a text's provision
        ("It is crucial to note that emissions fell by 3 per cent last year.", []),
        (
            "The Ministers stressed the responsibility of the regime in relation to the"
            " chemical attacks.",
            [],
        ),
        ("We stress the responsibility of all States to protect civilians.", [("intent", None)]),
        ("The Framework commits its member countries to protecting 30 per cent of land.", []),
        # maintenance that is a commitment, and the site's notice that is not
        (
            "The two sides agreed to establish a joint centre for aircraft repair and scheduled"
            " maintenance in Hanoi by 2026.",
            [("pledge", "by 2026")],
        ),
        # what has to be noted, denied, or done by no one
        ("It has to be noted that the situation has improved since 2022.", []),
        ("Cooperation does not have to be limited to trade.", []),
        ("More has to be done to protect civilians.", []),
        # a settlement is no resolve; the plural after a verb of emphasis is a need
        ("Both sides reiterated a resolution to the border dispute through negotiations.", []),
        (
            "The two sides stressed the needs for enhancing cooperation in agriculture.",
            [("intent", None)],
        ),
        # what the talk came to, in a verb of another form
        (
            "We met today to discuss our partnership and see the need to deepen it further by"
            " 2025.",
            [("intent", "by 2025")],
        ),
        # enthusiasm for what happened; a term that ran before
        ("The Ministers expressed enthusiasm for the outcome of Expo 2020.", []),
        (
            "The programme, extended in 2022 for an additional two years, will be evaluated.",
            [("pledge", None)],
        ),
    ],
)
def test_what_a_fresh_reader_found_the_eighteenth_session_rules_overreached(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    got = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert [(c.strength, c.due) for c in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's readiness, desire or support, highlighted or noted
        (
            "Prime Minister Spajić highlighted Montenegro's readiness to adopt best practices.",
            [("intent", None)],
        ),
        (
            "Ministers highlighted their desire to see further opportunities for travel.",
            [("intent", None)],
        ),
        ("France noted its support for Monaco during these negotiations.", [("intent", None)]),
        # what a thing shows, and what a statement of another day said, are not theirs
        ("This endorsement highlights our support for the IMF to preserve its role.", []),
        (
            "The Ministers issued a Trilateral Joint Statement on 9 January 2017, noting"
            " Timor-Leste's intention to terminate the Treaty.",
            [],
        ),
        # the same verb again after ", and" is the subject's second act, not the
        # complement's; without the comma, the complement's own verb
        (
            "Africa and India agree that agricultural development is an effective approach"
            " to ensure food security, and agree to strengthen cooperation in this sector.",
            [("pledge", None)],
        ),
        (
            "We have decided that the two sides will take stock in 2025 and decide on next steps.",
            [("pledge", "2025")],
        ),
        # what a text or a figure is for is told, not promised; a body of the parties aims
        ("This Action Plan aims to boost economic cooperation between the countries.", []),
        (
            "The Cairo Declaration, signed by the two leaders, aims at enhancing cooperation.",
            [],
        ),
        ("The new target aims to more than double this figure.", []),
        (
            "The Coalition aims to promote accountability for those who harm journalists.",
            [("intent", None)],
        ),
        # a wish with a longer object, an aspiration for a place
        (
            "We want the voice of the Polynesians to be heard at the COP21 in Paris.",
            [("intent", None)],
        ),
        (
            "We want our region to be an area of peace and cooperation.",
            [("intent", None)],
        ),
        # a welcome thing, hope given, impetus added: judgements and effects
        ("This is a welcome and extremely important milestone.", []),
        ("The new clinics bring hope to millions of people forced to flee.", []),
        (
            "The Ministers emphasised that the talks would add impetus to existing"
            " bilateral cooperation.",
            [],
        ),
        # an occasion gone by, named with its article, after a list's bullet
        (
            "o In a summit meeting between the ROK and Canada in March 2023, the heads of"
            " state agreed to establish institutional frameworks for cooperation.",
            [],
        ),
        # resolve, consensus, a call made again, a treaty's early entry into force
        (
            "We are united in our determination to enhance regional cooperation.",
            [("intent", None)],
        ),
        (
            "The two sides reached broad consensus on deepening bilateral cooperation.",
            [("pledge", None)],
        ),
        (
            "The two sides reached broad consensus on developing bilateral relations and on"
            " other issues of shared interest.",
            [],
        ),
        (
            "I call again for a universal adherence to the Convention on Cluster Munitions.",
            [("intent", None)],
        ),
        ("We encourage its early entry into force.", [("intent", None)]),
        # what a newcomer found: an agreement of an occasion gone by, a roadmap's purpose
        (
            "Ministers reviewed progress since the Fourth Dialogue in Rabat, where they had"
            " agreed to study a subsea interconnector.",
            [],
        ),
        (
            "The Roadmap for Sustainable Mining adopted today aims to reduce water use in"
            " mining by 30 percent by 2030.",
            [],
        ),
        # a report of what was agreed, and another subject that aims, still count
        (
            "Saifuddin said both sides had agreed to convene the first Council early next year.",
            [("pledge", "early 2025")],
        ),
        (
            "We welcomed the plan and Japan aims to host the next meeting in 2025.",
            [("intent", None), ("intent", "2025")],
        ),
        # what a fresh reader's attack found the nineteenth session's rules overreached:
        # support given or observed is not a party's stance
        (
            "The Ministers highlighted the support provided by Australia to Pacific"
            " countries during the pandemic.",
            [],
        ),
        ("The Committee noted their support had declined sharply since 2019.", []),
        (
            "The Parties noted their full and unwavering support for the peace process.",
            [("intent", None)],
        ),
        # "under way" and a relative clause's "tool" are not a judgement agreed
        (
            "The leaders agreed that the negotiations, which are under way, will be"
            " concluded by the end of 2024.",
            [("pledge", "by end of 2024")],
        ),
        (
            "The two leaders agreed that officials will develop, by the end of 2024, a"
            " roadmap that is the main tool for implementing the partnership.",
            [("pledge", "by end of 2024")],
        ),
        # the parties to a text that aim, and the parties' own plan, still aim
        (
            "The States Parties to the Treaty aim to achieve universal adherence by 2030.",
            [("intent", "by 2030")],
        ),
        (
            "The signatories of the Declaration aim to reduce methane emissions by 2030.",
            [("intent", "by 2030")],
        ),
        ("The Treaty Parties also aim to finalize the protocol by 2026.", [("intent", "by 2026")]),
        ("Our plan aims to double renewable capacity by 2030.", [("intent", "by 2030")]),
        # a bullet typed as the letter o starts an item, wrapped into by nothing
        (
            "We commit to the following actions for the period to 2030, in cooperation"
            " with\nour partners\no Member States to publish national plans by 2025\n"
            "o Member States to report progress by 2026",
            [("pledge", None), ("pledge", "by 2025"), ("pledge", "by 2026")],
        ),
        # new hope is hope; "Party A" is no article; a cause is not an occasion
        (
            "The leaders expressed new hope to conclude the free trade agreement by 2025.",
            [("intent", "by 2025")],
        ),
        ("Party A welcomes the proposal to hold talks in 2025.", [("intent", "2025")]),
        (
            "In the wake of the earthquake of February 2023, the two governments agreed to"
            " set up a reconstruction fund.",
            [("pledge", None)],
        ),
        # relations normalised are an act; issues of interest further on are not the topic
        (
            "The two sides reached consensus on normalizing relations within a year.",
            [("pledge", "by 2025-05-10")],
        ),
        (
            "The two sides reached consensus to hold the next round of talks in 2025 and to"
            " continue dialogue on issues of mutual interest.",
            [("pledge", "2025")],
        ),
        # a thing's effect encouraged is no call
        ("Such policies encourage their early retirement from the workforce.", []),
        # measured again on the stored sets: an occasion dated "since" another, a text
        # after an opening phrase, a readout's consensus after an exchange of views
        (
            "In the first meeting of the Joint Economic Commission since the summit talks"
            " held in Seoul in July 2014, the two sides agreed to work more closely"
            " together on trade.",
            [("pledge", None)],
        ),
        (
            "As an example of cooperative security, the Open Skies Treaty, covering the"
            " territory from Vancouver to Vladivostok, aims at increased transparency.",
            [],
        ),
        (
            "The two heads of state had an in-depth exchange of views and reached broad"
            " consensus on further strengthening cooperation in various areas.",
            [],
        ),
    ],
)
def test_the_nineteenth_session_s_rules(text: str, expected: list[tuple[str, str | None]]) -> None:
    # readiness and support noted, second acts, purposes, consensus, calls, judgements;
    # what a newcomer and a fresh reader's attack found
    got = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert [(c.strength, c.due) for c in got] == expected


def test_a_second_act_of_the_same_verb_is_quoted_on_its_own() -> None:
    text = (
        "Africa and India agree that agricultural development is an effective approach"
        " to ensure food security, and agree to strengthen cooperation in this sector."
    )
    (got,) = extract(text, Settings(declared=dt.date(2024, 5, 10)))
    assert got.quote.startswith("agree to strengthen cooperation")


# found by the twenty-seventh session's attacker, each kept
@pytest.mark.parametrize(
    "lead",
    [
        "Issues that remain to be agreed upon:",
        "The following were not agreed upon:",
        "Proposals still to be agreed on:",
        "Did the Ministers agree:",
        "What did the Ministers agree:",
        "The question is whether the Ministers agreed:",
        "Reuters reported that the Ministers agreed:",
        "The Ministers never agreed:",
        "The Ministers didn't agree:",
        "The Ministers did not formally agree:",
        "No one agreed:",
        "The Ministers did not agree on the following:",
        "Nothing was agreed:",
    ],
)
def test_a_lead_that_asks_tells_another_s_word_or_denies_leads_no_pledge(lead: str) -> None:
    text = f"{lead}\n- to create a fund by 2026;\n- to hold a summit in 2027.\n"
    assert "pledge" not in [s for s, _ in found(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts said Czech companies are interested to cooperate with Italy in 2026.",
        "Czech companies are interested to learn that the fair opens in 2026.",
        "We are interested to know the results of the 2026 census.",
        "Critics said climate would remain a priority in 2026.",
        "Whether climate would remain a priority after 2026 is unclear.",
        "Climate would remain a priority in 2026, the report forecast.",
        "Observers say water is recognized as a priority in 2026.",
        "According to the report, water was noted as a priority area for 2026.",
        "Italy shared the view on housing in 2026.",
        "Italy shared the view on rising prices in 2026.",
        "The Ministers shared the view on the continued deterioration of security.",
        "The Ministers shared the view on the importance of the 2026 elections.",
        "The Ministers did not share the view on continuing the talks.",
        "The expediency of creating the council in 2026 was rejected.",
        "Critics doubted the expediency of creating the council in 2026.",
        "The expediency of nothing was noted in 2026.",
    ],
)
def test_today_s_cues_keep_the_filters_of_their_older_kin(text: str) -> None:
    assert found(text) == []


def test_a_speaker_s_act_after_should_like_to_leaves_the_cue_after_it() -> None:
    assert [
        c.cue for c in extract("I should like to express our support for the summit.", DECLARED)
    ] == ["express our support"]
    [candidate] = extract(
        "I should like to underline that Italy will host the summit in 2026.", DECLARED
    )
    assert (candidate.strength, candidate.parties) == ("pledge", ("IT",))


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Italy accepted Japan's invitation to attend the summit in Tokyo in 2026.", ("IT",)),
        ("The Presidents reaffirmed Argentina and Chile's commitment to the tunnel.", ("AR", "CL")),
        ("Japan conveyed Air India's intention to open a route in 2026.", ()),
        ("The coach conveyed Michael Jordan's intention to play again in 2026.", ()),
        ("Italy conveyed ASEAN's intention to hold a summit in 2026.", ()),
    ],
)
def test_the_owner_of_an_intention_is_a_country_named_as_such(
    text: str, parties: tuple[str, ...]
) -> None:
    [candidate] = extract(text, DECLARED)
    assert candidate.parties == parties
