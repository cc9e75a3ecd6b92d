#include "session/actor.h"

using namespace Qt::Literals::StringLiterals;

namespace dsn {

Actor Actor::system()
{
    return Actor { std::nullopt, u"system"_s, Role::System, QString() };
}

} // namespace dsn
