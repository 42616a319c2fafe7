#!/bin/bash

__rapport_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__rapport_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__rapport_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__rapport_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_rapport() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    open|demo|init|seed|render|punch|backup|check|config|keys|customer|contact|project|milestone|location|assumption|assumptions|import|export|calendar|agenda|meeting|glance|note|intel|opportunity|watch|search|help)
        # Offer subcommand argument completions
        "_rapport_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'open demo init seed render punch backup check config keys customer contact project milestone location assumption assumptions import export calendar agenda meeting glance note intel opportunity watch search help' -- "${cur}"))
        ;;
    esac
}

_rapport_open() {
    repeating_flags=()
    non_repeating_flags=(--read-only --screen-reader --no-mouse --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --theme)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--theme')
        return
        ;;
    esac
}

_rapport_demo() {
    repeating_flags=()
    non_repeating_flags=(--fresh --screen-reader --no-mouse --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --theme)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--theme')
        return
        ;;
    esac
}

_rapport_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 1
}

_rapport_seed() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --size --seed --now)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--size')
        __rapport_add_completions -W 's'$'\n''m'$'\n''l'
        return
        ;;
    '--seed')
        return
        ;;
    '--now')
        return
        ;;
    esac
}

_rapport_render() {
    repeating_flags=()
    non_repeating_flags=(--read-only --write --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --size --keys --now --tz)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--size')
        return
        ;;
    '--keys')
        return
        ;;
    '--now')
        return
        ;;
    '--tz')
        return
        ;;
    esac
}

_rapport_punch() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|set|dispute|export|import)
        # Offer subcommand argument completions
        "_rapport_punch_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add set dispute export import' -- "${cur}"))
        ;;
    esac
}

_rapport_punch_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=(--status)
    non_repeating_options=(--db --filter --sort --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--status')
        return
        ;;
    '--filter')
        return
        ;;
    '--sort')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'$'\n''md'
        return
        ;;
    esac
}

_rapport_punch_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_punch_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_punch_dispute() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --by --note)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--by')
        __rapport_add_completions -W 'customer'$'\n''us'
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_rapport_punch_export() {
    repeating_flags=()
    non_repeating_flags=(--read-only --formula-guard --no-formula-guard --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --output -o)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'csv'$'\n''md'$'\n''procore'$'\n''xlsx'
        return
        ;;
    '--output'|'-o')
        return
        ;;
    esac
}

_rapport_punch_import() {
    repeating_flags=()
    non_repeating_flags=(--read-only --dry-run --keep-unknown --version -h --help)
    repeating_options=(--map)
    non_repeating_options=(--db --date-order --sheet)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--map')
        return
        ;;
    '--date-order')
        __rapport_add_completions -W 'mdy'$'\n''dmy'
        return
        ;;
    '--sheet')
        return
        ;;
    esac
}

_rapport_backup() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_check() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_config() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check)
        # Offer subcommand argument completions
        "_rapport_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check' -- "${cur}"))
        ;;
    esac
}

_rapport_config_check() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--file)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--file')
        return
        ;;
    esac
}

_rapport_keys() {
    repeating_flags=()
    non_repeating_flags=(--defaults --version -h --help)
    repeating_options=()
    non_repeating_options=(--format)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--format')
        __rapport_add_completions -W 'markdown'$'\n''json'
        return
        ;;
    esac
}

_rapport_customer() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|add|set|archive)
        # Offer subcommand argument completions
        "_rapport_customer_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show add set archive' -- "${cur}"))
        ;;
    esac
}

_rapport_customer_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --archived --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_customer_show() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_customer_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --domains --regions --trajectory)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--domains')
        return
        ;;
    '--regions')
        return
        ;;
    '--trajectory')
        return
        ;;
    esac
}

_rapport_customer_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_customer_archive() {
    repeating_flags=()
    non_repeating_flags=(--read-only --restore --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_contact() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|set|left|archive)
        # Offer subcommand argument completions
        "_rapport_contact_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add set left archive' -- "${cur}"))
        ;;
    esac
}

_rapport_contact_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_contact_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=(--email)
    non_repeating_options=(--db --phone --title --department --role --influence)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--email')
        return
        ;;
    '--phone')
        return
        ;;
    '--title')
        return
        ;;
    '--department')
        return
        ;;
    '--role')
        return
        ;;
    '--influence')
        return
        ;;
    esac
}

_rapport_contact_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_contact_left() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --on --successor)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--on')
        return
        ;;
    '--successor')
        return
        ;;
    esac
}

_rapport_contact_archive() {
    repeating_flags=()
    non_repeating_flags=(--read-only --restore --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_project() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|show|add|set|stage|history)
        # Offer subcommand argument completions
        "_rapport_project_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list show add set stage history' -- "${cur}"))
        ;;
    esac
}

_rapport_project_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --customer --format)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--customer')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_project_show() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_project_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --code --contract --signed --target --pm --sales-rep --concerns --scope --schedule --opportunity)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--code')
        return
        ;;
    '--contract')
        return
        ;;
    '--signed')
        return
        ;;
    '--target')
        return
        ;;
    '--pm')
        return
        ;;
    '--sales-rep')
        return
        ;;
    '--concerns')
        return
        ;;
    '--scope')
        return
        ;;
    '--schedule')
        return
        ;;
    '--opportunity')
        return
        ;;
    esac
}

_rapport_project_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_project_stage() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --note)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_rapport_project_history() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_milestone() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|set|delete|invoice|pay|accept|release)
        # Offer subcommand argument completions
        "_rapport_milestone_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add set delete invoice pay accept release' -- "${cur}"))
        ;;
    esac
}

_rapport_milestone_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_milestone_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --acceptance --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --kind --amount --due)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--kind')
        return
        ;;
    '--amount')
        return
        ;;
    '--due')
        return
        ;;
    esac
}

_rapport_milestone_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_milestone_delete() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_milestone_invoice() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --on --number --due)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--on')
        return
        ;;
    '--number')
        return
        ;;
    '--due')
        return
        ;;
    esac
}

_rapport_milestone_pay() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --on --note)
    __rapport_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--on')
        return
        ;;
    '--note')
        return
        ;;
    esac
}

_rapport_milestone_accept() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --on)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_rapport_milestone_release() {
    repeating_flags=()
    non_repeating_flags=(--read-only --hold --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --on)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--on')
        return
        ;;
    esac
}

_rapport_location() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|rename|set)
        # Offer subcommand argument completions
        "_rapport_location_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add rename set' -- "${cur}"))
        ;;
    esac
}

_rapport_location_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_location_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_location_rename() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_location_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --verified --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_assumption() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|set|review)
        # Offer subcommand argument completions
        "_rapport_assumption_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add set review' -- "${cur}"))
        ;;
    esac
}

_rapport_assumption_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_assumption_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --owner --review)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--owner')
        return
        ;;
    '--review')
        return
        ;;
    esac
}

_rapport_assumption_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_assumption_review() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --changes --raise --until --note)
    __rapport_offer_flags_options 3

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--changes')
        return
        ;;
    '--raise')
        __rapport_add_completions -W 'nothing'$'\n''punch'$'\n''blocking-punch'$'\n''note'
        return
        ;;
    '--until')
        return
        ;;
    '--note')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    3)
        __rapport_add_completions -W 'confirm'$'\n''invalid'$'\n''postpone'
        return
        ;;
    esac
}

_rapport_assumptions() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    due)
        # Offer subcommand argument completions
        "_rapport_assumptions_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'due' -- "${cur}"))
        ;;
    esac
}

_rapport_assumptions_due() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_import() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    customers|contacts|projects|ics|mail)
        # Offer subcommand argument completions
        "_rapport_import_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'customers contacts projects ics mail' -- "${cur}"))
        ;;
    esac
}

_rapport_import_customers() {
    repeating_flags=()
    non_repeating_flags=(--read-only --dry-run --version -h --help)
    repeating_options=(--map)
    non_repeating_options=(--db --date-order)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--map')
        return
        ;;
    '--date-order')
        __rapport_add_completions -W 'mdy'$'\n''dmy'
        return
        ;;
    esac
}

_rapport_import_contacts() {
    repeating_flags=()
    non_repeating_flags=(--read-only --dry-run --version -h --help)
    repeating_options=(--map)
    non_repeating_options=(--db --date-order)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--map')
        return
        ;;
    '--date-order')
        __rapport_add_completions -W 'mdy'$'\n''dmy'
        return
        ;;
    esac
}

_rapport_import_projects() {
    repeating_flags=()
    non_repeating_flags=(--read-only --dry-run --version -h --help)
    repeating_options=(--map)
    non_repeating_options=(--db --date-order)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--map')
        return
        ;;
    '--date-order')
        __rapport_add_completions -W 'mdy'$'\n''dmy'
        return
        ;;
    esac
}

_rapport_import_ics() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --project --customer --zone)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--project')
        return
        ;;
    '--customer')
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_import_mail() {
    repeating_flags=()
    non_repeating_flags=(--read-only --strict --dry-run --version -h --help)
    repeating_options=(--ours)
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--ours')
        return
        ;;
    esac
}

_rapport_export() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    ics)
        # Offer subcommand argument completions
        "_rapport_export_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'ics' -- "${cur}"))
        ;;
    esac
}

_rapport_export_ics() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --project --customer --output -o)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--project')
        return
        ;;
    '--customer')
        return
        ;;
    '--output'|'-o')
        return
        ;;
    esac
}

_rapport_calendar() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    sync)
        # Offer subcommand argument completions
        "_rapport_calendar_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'sync' -- "${cur}"))
        ;;
    esac
}

_rapport_calendar_sync() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --zone)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_agenda() {
    repeating_flags=()
    non_repeating_flags=(--read-only --sales --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --from --days --format --zone)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--from')
        return
        ;;
    '--days')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_meeting() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|set|cancel|list|show)
        # Offer subcommand argument completions
        "_rapport_meeting_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add set cancel list show' -- "${cur}"))
        ;;
    esac
}

_rapport_meeting_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --all-day --version -h --help)
    repeating_options=(--attendee)
    non_repeating_options=(--db --title --start --end --minutes --tz --rrule --location --organizer --sales-welcome --details --project --customer --zone)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--title')
        return
        ;;
    '--start')
        return
        ;;
    '--end')
        return
        ;;
    '--minutes')
        return
        ;;
    '--tz')
        return
        ;;
    '--rrule')
        return
        ;;
    '--location')
        return
        ;;
    '--organizer')
        return
        ;;
    '--sales-welcome')
        __rapport_add_completions -W 'yes'$'\n''no'
        return
        ;;
    '--attendee')
        return
        ;;
    '--details')
        return
        ;;
    '--project')
        return
        ;;
    '--customer')
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_meeting_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --all-day --this --following --series --version -h --help)
    repeating_options=(--attendee)
    non_repeating_options=(--db --title --start --end --minutes --tz --rrule --location --organizer --sales-welcome --details --occurrence --zone)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--title')
        return
        ;;
    '--start')
        return
        ;;
    '--end')
        return
        ;;
    '--minutes')
        return
        ;;
    '--tz')
        return
        ;;
    '--rrule')
        return
        ;;
    '--location')
        return
        ;;
    '--organizer')
        return
        ;;
    '--sales-welcome')
        __rapport_add_completions -W 'yes'$'\n''no'
        return
        ;;
    '--attendee')
        return
        ;;
    '--details')
        return
        ;;
    '--occurrence')
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_meeting_cancel() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --occurrence --zone)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--occurrence')
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_meeting_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --project --customer --format)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--project')
        return
        ;;
    '--customer')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''json'
        return
        ;;
    esac
}

_rapport_meeting_show() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --occurrence)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--occurrence')
        return
        ;;
    esac
}

_rapport_glance() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format --color --now --tz)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--color')
        __rapport_add_completions -W 'auto'$'\n''always'$'\n''never'
        return
        ;;
    '--now')
        return
        ;;
    '--tz')
        return
        ;;
    esac
}

_rapport_note() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list)
        # Offer subcommand argument completions
        "_rapport_note_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list' -- "${cur}"))
        ;;
    esac
}

_rapport_note_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --kind --project --contact --on --subject)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--kind')
        return
        ;;
    '--project')
        return
        ;;
    '--contact')
        return
        ;;
    '--on')
        return
        ;;
    '--subject')
        return
        ;;
    esac
}

_rapport_note_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --project --limit --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--project')
        return
        ;;
    '--limit')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_intel() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|review)
        # Offer subcommand argument completions
        "_rapport_intel_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list review' -- "${cur}"))
        ;;
    esac
}

_rapport_intel_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --category --meeting --contact --project --review)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--category')
        return
        ;;
    '--meeting')
        return
        ;;
    '--contact')
        return
        ;;
    '--project')
        return
        ;;
    '--review')
        return
        ;;
    esac
}

_rapport_intel_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --due --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_intel_review() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --again)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--again')
        return
        ;;
    esac
}

_rapport_opportunity() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    add|list|set|move)
        # Offer subcommand argument completions
        "_rapport_opportunity_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'add list set move' -- "${cur}"))
        ;;
    esac
}

_rapport_opportunity_add() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --source --estimate --stage --next --owner)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--source')
        return
        ;;
    '--estimate')
        return
        ;;
    '--stage')
        return
        ;;
    '--next')
        return
        ;;
    '--owner')
        return
        ;;
    esac
}

_rapport_opportunity_list() {
    repeating_flags=()
    non_repeating_flags=(--read-only --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --format)
    __rapport_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'table'$'\n''csv'$'\n''json'
        return
        ;;
    esac
}

_rapport_opportunity_set() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_opportunity_move() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db)
    __rapport_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    esac
}

_rapport_watch() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --rep --format --now --tz)
    __rapport_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--rep')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--now')
        return
        ;;
    '--tz')
        return
        ;;
    esac
}

_rapport_search() {
    repeating_flags=()
    non_repeating_flags=(--read-only --version -h --help)
    repeating_options=()
    non_repeating_options=(--db --limit --format --zone)
    __rapport_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--db')
        return
        ;;
    '--limit')
        return
        ;;
    '--format')
        __rapport_add_completions -W 'text'$'\n''json'
        return
        ;;
    '--zone')
        return
        ;;
    esac
}

_rapport_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __rapport_offer_flags_options -1
}

complete -o filenames -F _rapport rapport