// Function words, which say nothing about which sentence translates which.

/// Words the aligner does not count as content: articles, pronouns, auxiliaries,
/// prepositions and particles, and the ordinal endings left by `72nd` or `72-й`.
package enum Stopwords {
  package static let english: Set<String> = Set(
    """
    a an the and or but nor so yet if then than that this these those there here what which who \
    whom whose when where why how all any both each few more most other some such no not only \
    own same too very can will just should would could might must shall may do does did doing \
    done have has had having be is am are was were been being it its it's they them their \
    theirs we us our ours you your yours he him his she her hers i me my mine of in on at by \
    for with about against between into through during before after above below to from up \
    down out off over under again further once also as well per via upon within without \
    toward towards among amid st nd rd th s t re ve ll d o mr ms mrs etc ie eg one whether \
    while because since until unless although though however therefore thus hence even still \
    already ever never always often s's let lets
    """.split(separator: " ").map(String.init))

  package static let russian: Set<String> = Set(
    """
    и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только \
    ее её мне было вот от меня еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или \
    ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где \
    есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж \
    тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее \
    сейчас были куда зачем всех никогда можно при наконец два об другой хоть после над больше \
    тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой \
    перед иногда лучше чуть том нельзя такой им более всегда конечно всю между это эта также \
    являются является которые который которая которое которых которым которой котором которую \
    своих своей свои свой своего своим своему своем своём своими своя наш наша наши наше нашей \
    наших нашим нашего нашему ваш ваша ваши также й го х ая ый ое ой ом ую ые ых г гг т \
    же ли бы ведь лишь либо ибо так как также тоже еще ещё уже весьма очень именно
    """.split(separator: " ").map(String.init))
}
