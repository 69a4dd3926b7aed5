package org.polevents.ingest.pipeline;

import org.polevents.contracts.RawArticle;

/** Small articles written for these tests in the style of scraped news (not copied from the seeds). */
final class Articles {
    private Articles() {
    }

    static final String RAIL_DEAL = """
            Uzbekistan and Taliban Sign Deal on Trans-Afghan Railway Survey

            Uzbekistan and the Taliban administration signed an agreement in Tashkent on Monday to begin a \
            feasibility survey for a railway linking Termez to Peshawar through Kabul, officials said.
            The deal was signed by Uzbek Transport Minister Ilkhom Makhkamov and the Taliban's acting minister \
            of public works, Mohammad Isa Thani, at a ceremony attended by Pakistani diplomats.
            Under the agreement, Uzbek engineers will spend six months mapping the route across the Salang Pass, \
            which rises to more than 3,000 metres and is blocked by snow for much of the winter.
            The 760-kilometre line is expected to cost about $4.8 billion. Neither side said who would finance \
            construction, although Uzbek officials have previously mentioned the World Bank and Gulf investors.
            Pakistan's ambassador to Uzbekistan, Ahmed Khan, told reporters that Islamabad would open its border \
            crossings to freight traffic once the line reached Torkham.
            Critics in Kabul said the project would do little for ordinary Afghans while the Taliban continue to \
            bar girls from secondary school and women from most jobs.
            The United Nations mission in Afghanistan welcomed regional trade links but repeated its call for the \
            Taliban to lift restrictions on women and girls.
            """;

    /** The same wire story republished: new headline, one sentence reworded, one paragraph dropped. */
    static final String RAIL_DEAL_REPUBLISHED = """
            Tashkent, Kabul Agree to Study Railway Through Salang Pass

            Uzbekistan and the Taliban administration signed an agreement in Tashkent on Monday to begin a \
            feasibility survey for a railway linking Termez to Peshawar through Kabul, officials said.
            The agreement was signed on Monday by Uzbekistan's transport minister, Ilkhom Makhkamov, and Mohammad \
            Isa Thani, the Taliban's acting public works minister, during a ceremony attended by Pakistani diplomats.
            Under the agreement, Uzbek engineers will spend six months mapping the route across the Salang Pass, \
            which rises to more than 3,000 metres and is blocked by snow for much of the winter.
            The 760-kilometre line is expected to cost about $4.8 billion. Neither side said who would finance \
            construction, although Uzbek officials have previously mentioned the World Bank and Gulf investors.
            Critics in Kabul said the project would do little for ordinary Afghans while the Taliban continue to \
            bar girls from secondary school and women from most jobs.
            The United Nations mission in Afghanistan welcomed regional trade links but repeated its call for the \
            Taliban to lift restrictions on women and girls.
            """;

    /** A different article on the same topic: same people and places, different words. */
    static final String RAIL_DEAL_ANALYSIS = """
            Why the Trans-Afghan Railway Keeps Stalling

            For more than a decade, planners in Tashkent have drawn lines on maps connecting Termez with the \
            Pakistani port of Karachi, and for more than a decade the project has gone nowhere.
            Monday's survey agreement between Uzbekistan and the Taliban is the latest attempt. Engineers say the \
            hardest part is the Salang Pass, where avalanches close the road several times each winter.
            Money is the other obstacle. Lenders such as the World Bank cannot deal directly with a government \
            that no country recognises, and Gulf investors have so far offered only statements of interest.
            Pakistan has its own reasons for caution, having closed the Torkham crossing repeatedly during \
            disputes with Kabul over militants it says shelter in Afghanistan.
            Diplomats in the region nonetheless see the railway as a way to bind the Taliban into trade ties \
            that give its neighbours leverage over security questions.
            """;

    static final String FLOUR_EXPORTS = """
            Russia's agriculture ministry said on Thursday that Afghanistan bought more Russian flour than any \
            other country in 2024, taking shipments worth about $80 million.
            The ministry's export centre said deliveries to Afghanistan had doubled compared with the previous \
            year and had grown twentyfold since mid-2021.
            Afghan traders said the flour was cheaper than supplies from Kazakhstan, which had long dominated the \
            market, and arrived by rail through Uzbekistan.
            Aid agencies warned that Afghanistan's own wheat harvest remained too small to feed its population.
            """;

    static RawArticle text(String id, String body) {
        return RawArticle.ofText(id, body);
    }

    static RawArticle fromOutlet(String id, String outlet, String body) {
        return new RawArticle(id, null, outlet, null, null, "en", RawArticle.TEXT_PLAIN, body);
    }
}
