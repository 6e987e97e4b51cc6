// Words that are capitalised for reasons other than being someone's name: sentence starts, days,
// months, brands, interjections. A capitalised word in this list is never read as a name unless the
// client has already introduced someone by it (and even then only when capitalised, for the
// ambiguous ones in `ambiguousNames`).

const common = `
a about above across actually after afternoon again against ago ah ahh all almost alone along already also
although always am among an and another any anybody anyone anything anyway anyways anywhere apparently are
aren't around as ask asked at away awful awesome back bad basically be because been before being below best
better between beyond big bit both but by bye can can't cannot cause certainly cheers clearly come could
couldn't dad day days dear definitely did didn't do does doesn't doing don't done down during each earlier
early either else enough especially even evening ever every everybody everyone everything everywhere exactly
except fine first for from further gah god good goodbye goodnight got great guess ha haha hahaha had hadn't
hang happy hardly has hasn't have haven't having he he'd he'll he's hello help her here hers herself hey hi
him himself his hm hmm honestly hope hopefully how however huh i i'd i'll i'm i've idk if im imagine in
indeed instead is isn't it it'd it'll it's its itself ive just kind kinda last later least less let let's
like likely literally little lol look lots luckily made maybe me meanwhile mine more morning most mostly much
must my myself nah naturally near nearly neither never nevertheless new next nice night no nobody none noone
nope nor normally not nothing now nowhere obviously of off often oh ok okay old on once one only onto or
other otherwise ought our ours ourselves out over overall own perhaps please plus pretty probably quite
rather really right same see seriously she she'd she'll she's should shouldn't since so some somebody someday
somehow someone something sometimes somewhat somewhere soon sorry still such sure surely tbh thank thanks
that that's the their theirs them themselves then there there's therefore these they they'd they'll they're
they've thing things this those though through thus till to today together tomorrow tonight too totally
truly try trying ugh um umm under unfortunately unless until up upon us usually very wait was wasn't we we'd
we'll we're we've weekend well went were weren't what what's whatever when whenever where whereas wherever
whether which while who who's whoever whole whom whose why will with within without won't wow would
wouldn't yay yeah yep yes yesterday yet you you'd you'll you're you've your yours yourself yourselves
feel feeling felt think thought know knew want wanted need needed keep kept tell told said say says go going
gone get getting make making take taking give gave find found call called text texted talk talked talking
tried work working worked home life people everybody everything anyone person guy guys girl girls man men
woman women friend friends boss mum mom mummy mommy dad daddy family parents mother father sister brother
week weeks month months year years hour hours minute minutes time times moment today's tonight's morning's
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec christmas xmas easter halloween thanksgiving ramadan eid diwali hanukkah
god lord jesus christ heaven hell omg omfg wtf ffs jeez gosh damn dammit fuck fucking shit bloody
english british american irish scottish welsh french german spanish italian indian chinese european
netflix instagram insta whatsapp facebook tiktok twitter snapchat google amazon spotify youtube zoom teams
slack uber iphone android covid tv uni nhs gp ai app chatgpt between
ill nope yup dunno gonna wanna gotta lemme ya yo mate cos coz cuz bc btw imo fyi asap
first second third after before finally suddenly afterwards eventually hopefully thankfully sadly
`;

export const commonWords: ReadonlySet<string> = new Set(common.split(/\s+/).filter((word) => word.length > 0));

/** Names that are also everyday words: matched lower-case only when written with a capital. */
export const ambiguousNames: ReadonlySet<string> = new Set(
  `will mark hope grace may june april august summer rose jack bill rob pat sue faith joy dawn
   amber ruby sky river autumn holly ivy lily daisy penny joe bob frank art drew guy max ray rich
   sunny chase hunter miles victor crystal destiny harmony honey angel baby star sandy storm brook
   sunday`.split(/\s+/).filter((word) => word.length > 0),
);
