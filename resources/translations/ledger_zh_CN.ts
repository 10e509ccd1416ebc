<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>；</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码至少 {min_password_length} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码最多 {max_password_length} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户“{username}”已停用，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户“{username}”尚未设置密码，请联系管理员设置密码后再登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码连续输错次数过多，账户已锁定，请 {wait} 分钟后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码连续输错 {failed_sign_ins} 次，账户已锁定 {minutes} 分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong}再输错 {left} 次，账户将被锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中已有账户，请用已有账户登录；新账户由管理员创建。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名过长（最多 50 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选议题不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未到活动时间的活动只能是“筹备中”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {missing} 名委员不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有代码为“{code}”的履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动类型“{label}”已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组的协商议事请在“协商议事”中登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型代码只能由小写英文字母、数字和下划线组成，以字母开头（2 到 32 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型代码“{code}”已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”是程序内置的活动类型，不能停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有代码为“{code}”的履职活动类型。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型名称过长（最多 50 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有名为“{label}”的履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件“{name}”：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”是符号链接，为安全起见不能作为附件；请直接选择它指向的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}”不是普通文件（设备文件、管道或文件夹），不能作为附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”在读取时被替换，未添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请指定附件所属的协商议事活动、意见建议或协商专报（三者选一）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件说明过长（最多 200 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是空文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”有 {value} MB，附件不能超过 {limit_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”超过 {limit_text}，未添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”在添加过程中被改动，请关闭编辑它的程序后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到附件所属的协商专报（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到附件所属的协商议事活动（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到附件所属的意见建议（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请指定协商议事活动、意见建议或协商专报（三者选一）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该附件（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件“{filename}”的内容不在数据库中（升级前保存在另一台电脑或已丢失的文件），请重新添加该附件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件“{filename}”的内容不在数据库中，请重新添加该附件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该附件已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志缺少第 {expected_seq} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至第 {value} 条（共 {missing} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，可能被删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志第 {seq} 条与前一条的链接不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志第 {seq} 条的内容被改动过（校验值不符）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志缺少链尾记录（audit_head）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志应有 {seq} 条，现只到第 {value} 条：最后 {value2} 条可能被删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志的链尾记录与最后一条日志不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>……另有 {value} 处问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该条操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出文件的扩展名应为 .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹“{parent}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共享的 PostgreSQL 数据库由数据库管理员在服务器上定期备份；这里可用 pg_dump 另做一份逻辑备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序运行时每 {auto_interval_minutes} 分钟、退出时（有修改时）自动备份，每份备份都经过验证。{describe}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到备份文件：{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未验证（没有验证记录）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库为只读，不能备份：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是损坏文件的只读副本，不能在它上面恢复；请打开原来的数据库文件再恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该备份与当前数据库的类型不同（SQLite 文件与 PostgreSQL 数据库不能互相恢复）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能在文件夹 {folder} 中写入备份：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已{what} {count} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· {name}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
{count} 条未能{what}：
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该{noun}已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该{noun}（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun}不能归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该协商专报，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该意见建议，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该承办单位，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“{text}”这种文档。可选的文档有：{kinds_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该委员，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成{label}需要指定{id_noun}的编号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编号“{text}”格式不正确，应为 32 位十六进制的记录编号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该协商议事活动，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该委员（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}至{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按每年标准的 {months}/12 折算（{period}，约 {months} 个月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按每年标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加履职活动 {attended} 次，少于 {min_sessions_attended} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无故缺席 {absent} 次，多于 {max_absences} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议 {suggestions} 条，少于 {min_suggestions} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分 {points} 分，低于 {min_points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包“{name}”的清单格式有误（{exc}），已拒绝导入，数据库未作任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间“{v}”缺少时区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v}”不是是/否值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v}”不是整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v}”不是文本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{v}”不是可用的取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不详）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择采用本机的值或对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该冲突（可能已被处理）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该冲突已被他人处理，请刷新后查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该记录已不在本机，冲突无法处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包文件的扩展名应为 .zip。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选站室组有的不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出{label}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这个数据包是本机导出的，不能导入本机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方“{name}”的密钥与本机记住的不同（记住的指纹 {fingerprint}，数据包的指纹 {print}）。数据包可能被伪造，已拒绝导入。（重装程序或换了电脑的站点会作为新的发送方出现，不会是这种情况；请与对方核实。）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件夹“{parent}”不存在。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包“{name}”{why}，已拒绝导入，数据库未作任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小为 {size_text}，超过上限 {size_text2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是数据包（不是 zip 文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已损坏（{exc}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有 {count} 个文件，超过上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有重名的文件“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有不安全或不认识的文件名“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>含有加密的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”解压后为 {size_text}，超过上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”压缩比异常（可能是“压缩炸弹”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解压后共 {size_text}，超过上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少 {required}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”超过允许的大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的清单（manifest.json）已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不是本程序的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的格式版本（{version}）比本程序新，请升级程序后再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的清单缺少“{key}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的清单格式有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的签名无效（数据包被改动过，或不是由所称的发送方导出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>的内容与清单不符（“{odd}”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”大小与清单不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”校验值与清单不符（内容被改动过）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中的“{name}”内容与其校验值不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行过长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行不是有效的 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中“{name}”第 {number} 行格式有误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包中的记录格式有误（{exc}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} 超过 {limit} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包只带来平台联络员的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>引用的记录（{column}）在本机不存在，也不在数据包中。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机已有另一条相同的记录（编号不同），未导入；请核对后在一方删除或改正。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包中的记录缺少字段：{join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（上次之后的变化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机数据库中已有数据，不能再用数据包建立；请用已有账户登录后导入数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只能用办公室为某个站室组导出的数据包建立本机数据库（导出时选择站室组）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包中没有该站室组平台联络员的账户，建立后无人能够登录。请办公室先为其建立账户再导出。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sum} 条记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {label}：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  合计：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突 {count} 处（双方都改了同一字段，已保留本机的值，请在“数据交换”页中逐项选择）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {kind_label}“{record}”的“{field_label}”：原为 {base}，本机改为 {mine}，对方改为 {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝 {count} 条：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {kind_label}“{record}”：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入{year}年的法定节假日安排：{year}年交办的意见建议将无法按工作日计算{deadline}。国务院办公厅公布安排后，请在“设置 → 节假日安排”中录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {overdue} 条意见建议已超过{deadline}，{soon} 条将在 {within}内到期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {overdue} 条意见建议已超过{deadline}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {soon} 条意见建议将在 {within}内到期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以装入演示数据（同时会创建演示账户）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据只装入空数据库：这个数据库已有站室组、委员或协商议事活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先登记承办单位，再交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限不能早于交办日期（{cn_date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选承办单位不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位“{name}”已归档，不能再交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位不能同时是会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办单位有重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单办时不能指定会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}须至少指定一个会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办须在交办后 {window} 个工作日内提出（截止{cn_date}），已超过期限，不能退办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择办理结果（A、B 或 C）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予采纳的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新办理的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>此前最后一次办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待交办的意见建议没有办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的办理时限不能早于重新办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办方式只能是催办、督办或电话沟通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条意见建议没有交办，不能有{label}记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}日期不能晚于答复日期（{isoformat}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择{label}的评价（满意、基本满意或不满意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择建议质量评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质量评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不是有效的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不能早于{earlier_label}（{cn_date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议处于“{label}”状态，不能{label2}。只有{allowed}的意见建议可以{label2}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}过长（最多 {limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该意见建议已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议的领导批示请在意见建议的办理中登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}的日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该领导批示（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议的领导批示属于办理记录，不能在这里删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库结构版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库结构版本为 {current}，不是本程序的最新版本 {head_revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{description}：{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志防篡改保护</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志的防篡改触发器缺失：{join}（操作日志可能已被改动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志校验链</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索索引收录 {indexed} 条，库中有 {records} 条活动和意见建议，请重建搜索索引（python -m app search --reindex）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件内容缺失：{count} 个（{names}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件内容与登记不符：{count} 个（{names}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite 完整性检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite 完整性检查：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外键检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外键指向不存在的记录：{count} 处（表：{join}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：{parts}。有 {cut} 个单元格超过 Excel 的 32767 字上限，已截断。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：{parts}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未知的工作表：{join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在保存文件……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在汇总{name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已汇总{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出{name}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文件中有 {count} 处错误，未导入任何数据。请改正后重新导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查能否写入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在写入数据库……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在写入第 {done}/{count} 条……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在提交……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>它所依赖的{blocked}未能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在写入第 {number}/{total} 条……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{row}行的{entity_names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属意见建议不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}：该{entity_names}已被删除，请重新导出后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增{k} {v} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改{k} {v} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>写入时出错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等 {count} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{more}。未导入任何数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入后将出现完整性问题：{rule}（{value} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库拒绝写入这一行（与已有记录冲突）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单元格是公式（{raw}），请改为数值或文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>版本列应为导出时的原样（如“3”或“3/8f3a9c1e”），请勿修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出时因超过 Excel 单元格字数上限被截断，不能用截断的内容导入（请在系统中修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号码中含有“*”（导出时隐去了中间四位），请填写完整号码，或保持导出时的原样</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{header_row}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{first}～{header_row}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{row}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{sheet}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{column}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{sheet}」第{row}行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容过长（{count} 个字，最多 {max_length} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的日期“{cell_text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的日期“{shown}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应为整数，而不是“{cell_text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能小于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>应填“是”或“否”，而不是“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别的取值“{text}”（可填：{choices}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录编号“{text}”无效（请勿修改此列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法从“{text}”中识别办理状态（例如：市交通运输局已办结）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别“{item}”中的职务（可填：召集人、站长、联络员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别“{label}”无法识别（可填：领导批示、催办、督办、电话沟通）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属意见建议在系统和本文件中都不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议的台账没有答复内容，答复记为“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议的台账没有落实情况，办结记为“{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有交办日期，按所选取提出（活动）日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有答复日期，按所选取办结日期或交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有办结日期，按所选取答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有评价日期，按所选取办结或答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有承办单位，按所选记为默认承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议没有答复类别，按所选记为默认答复类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议只有一项满意度，三项评价（办前沟通、办中协商、办后答复）都记为它</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条意见建议的建议质量评价没有日期，记在最后一个办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条不予采纳的意见建议没有决定日期，记在提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个号码是导出时隐去了中间四位的（如 138****5678），新建的记录未填联系电话，请在系统中补充</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统中为“{label}”，台账中为“{label2}”，办理状态未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统中已是“{label}”，台账中为“{label2}”，办理状态未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统中为“{label}”，不能改为不予采纳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写交办日期{fill_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写答复日期{fill_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”的意见建议须填写答复类别（A 解决或采纳、B 列入计划拟解决、C 留作参考），或在导入时选择默认的答复类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结的意见建议须填写办结日期{fill_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（或在导入时选择“缺少的日期取相邻的已知日期”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位与系统中的不同，未改动（已交办的意见建议须退办后重新交办才能更换承办单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有已答复或已办结的意见建议可以评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有满意度评价的意见建议须填写评价日期{fill_hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>号码是导出时隐去了中间四位的样子，与系统中的号码不符，未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台类型和县区属于站室组，请在站室组名册中修改；本行的这一修改未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员“{name}”同时列在「{headers}」和「{headers2}」中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议的站室组由所属活动决定，本行对站室组的修改未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {count} 件次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示{what}未导入：台账没有批示领导、日期和完整内容，请在办理页“领导批示”中补录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{later_label}（{later}）早于{earlier_label}（{earlier}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动（活动编号）在系统和本文件中都不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这一行没有填写形成的意见建议，办理情况未导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议“{title}”在本行或前面的行中重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{value}列对应的字段“{key}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有两列都对应“{label}”，请只保留一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有对应“{join}”的列，无法导入此工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查工作表“{name}”第{number}行……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}，已跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{sheet}」第{row}行「{column}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>与第{first}行是同一条记录，同一记录只能出现一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”文件中为“{value}”，系统中现为“{value2}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案中的“sheets”应为列表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案应为 JSON 对象，如 {&quot;sheets&quot;: [...]}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案的取值对应有误：{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}（{label}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案中的表类型“{value}”无效。可用：{choices}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案中“{column}”对应的字段“{value}”无效。可用字段：{choices}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名为“{name}”的导入方案。已保存的方案：{value}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写方案名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方案名称过长（最多 100 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}”既不是已保存的导入方案，也不是 JSON 文件。已保存的方案：{value}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案不是有效的 JSON（第 {lineno} 行第 {colno} 列：{msg_}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”的内容已损坏，无法读取（{name2}）。请在 Excel 中打开并另存后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{title}”超过一次导入的上限 {max_rows} 行。请拆分成多个文件后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中已没有工作表“{sheet}”，请重新选择文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{path}”，请重新选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”在读取后被修改过，请重新选择文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取工作表“{title}”……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已读取工作表“{title}”{number} 行……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{name}」在工作簿中是隐藏的，不导入（需要时可在导入时指定表类型）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{name}」是统计数字，不导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{name}」是程序导出的{name}，供查阅和存档，不导入（请在程序中登记和修改）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{name}」中没有找到台账的表头，不导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{name}」按“{target_label}”导入，表头在{header_span}，共 {data_rows} 行数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{number}行是填报信息（{joined}），不导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第{number}行是标题“{joined}”，不导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并的表头“{group}”下分为：{join}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{join}列是序号，不导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隐藏的列 {join} 不导入（需要时可在下方手动对应）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>标题中的站室组“{platform}”将用于本表没有填写站室组的行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun}：新增 {created} {unit}，修改 {updated} {unit}，无变化 {same} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有可导入的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun}：新增 {created} {unit}，修改 {updated} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要修改的记录，数据库未变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表「{sheet}」：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{column}」{message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有填写站室组（本表也没有“站室组”列，请在导入时指定站室组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到站室组“{name}”。如需新建，请填写{missing}（在本行的列中，或导入时指定县区；名称也可写明，如“城西区胜利路委员驿站”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}（{label}，{district}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {count} 位名为“{name}”的委员，无法区分，请先在委员名册中区分重名委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到议题为“{topic}”的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题为“{topic}”的协商议事活动有 {count} 次，无法确定是哪一次，请填写站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建站室组 {n} 个：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建承办单位 {n} 个：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将新建委员 {n} 名（只有姓名，其他信息请在委员名册中补充）：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件与系统中都是第 {version} 版，但不是同一次修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中为第 {expected_version} 版，系统中已是第 {version} 版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{both_values}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该{get}在导出后已被修改（{versions}）。{both}为免覆盖别人的修改，这一行未导入，请重新导出后再改这一行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持按“{key}”排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持按“{key}”筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列表的排序已改变，请从第一页重新读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称过长（最多 {limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到期提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件大小上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少参加履职活动次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最多缺席次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少提出意见建议条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最低履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份应在 2000 年至 2100 年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期 {isoformat} 不在 {year} 年内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{isoformat} 不能既是节假日又是调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{what}”已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}应为 {low} 到 {high} 之间的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} {unit}{what}（{detail}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动尚未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议尚未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名册上还有 {members} 名委员（归档不会让他们离开该{platform}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是 {planned} 次筹备中的协商议事活动的召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人提出的意见建议尚未办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仍在 {platforms} 个{platform}的名册上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办的意见建议尚未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办的 {co} 条意见建议尚未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这条意见建议尚未办结（{label}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写了采用单位，请同时填写采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写了签发期号，请同时填写签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不登记成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择成果转化的类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该成果转化记录（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不登记反馈群众情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该{label}已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开的理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择反馈方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开的，请写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和工作人员可以{what}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择{platform}类型（委员驿站、委员工作室或委员联络组）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有名为“{values}”的{platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有代码为“{category}”的履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}“{label}”的分值应为 0 到 {max_points} 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}的每年积分上限应为 0 到 {max_cap} 的整数（0 表示不设上限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价等次的分数线应为 0 到 10000 的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>分数线应依次降低：优秀高于称职，称职高于基本称职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“{kind}”这种文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix_labels}的发文字号前缀过长（最多 {limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix_labels}的发文字号前缀只填机关代字，年份和序号由程序加上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送单位过长（最多 {cc_limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有“{role}”这种字体用途</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{font_role_labels}应选择 .ttf、.ttc 或 .otf 字体文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另一{platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选议题列入的是{whose}的计划，请选择本{platform}的议题，或先修改议题的承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不在合理范围内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}不能早于{after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选{platform}不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选{label}不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他执笔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选履职活动不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报已编号“{number}”，报送日期不能改到另一年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一期专报只报送一次协商议事活动或一项履职活动，请只选一项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选协商议事活动不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该站室组（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员“{name}”已归档，不能加入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期不能早于加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该成员记录（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该成员记录已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该委员在这段时间已在名册中（与另一条成员记录的日期重叠）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期不能晚于结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期“{text}”格式不正确，请写成 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform}编号“{platform2}”格式不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该站室组，请检查编号是否正确。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持搜索“{unknown}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态“{state}”无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的姓名不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的姓名过长（最多 {name_limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {i} 位参会人员的单位或职务过长（最多 {org_limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间不在合理范围内（2000年至两年后）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择举办活动的站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先登记站室组，再登记协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选站室组不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选召集人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该协商议事活动已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动日期尚未到来，不能标记为已召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有 {count} 名委员不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该{label}（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一条意见建议只能属于一次协商议事活动或一项履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属履职活动不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属协商议事活动不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属活动或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先登记站室组，再登记意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所选提出人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有办公室工作人员可以选定典型成果。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事由站室组举办：请选择站室组，或把活动形式改为专题协商等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写计划年度（2000 至 2100 年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划月份应为 1 到 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未采用的议题请写明理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该{noun}已处于“{label}”状态。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>、</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能将{noun}从“{label}”改为“{target}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refused}当前状态只能改为：{allowed}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有名为“{values}”的承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名不能为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名最多 50 个字符，不能含空格和 / \ : * ? &quot; &lt; &gt; | 等符号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名“{name}”已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有名为“{username}”的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到当前登录的账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到该账户（可能已被删除）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该账户已被他人修改，请刷新后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台联络员必须指定负责的站室组（可多选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组“{name}”已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少要保留一个可以登录的管理员账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}过长（最多 {max_length} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}应在 {low} 到 {high} {unit}之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}中的取值类别“{vocabulary}”不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}中“{word}”对应的取值“{code}”不是{names}的取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{vocabulary}.toml 中“{word}”对应了两个取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{file}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”大小为 {size_text}，超过导入上限 {size_text2}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”已损坏，无法读取（{value}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”设置了打开密码（已加密），无法导入。请在 Excel 中取消密码后另存为 .xlsx 再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx。请在 Excel 中另存为“Excel 工作簿(*.xlsx)”后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是旧版 Office 文件，不是 Excel 工作簿（.xlsx），无法导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”不是 Excel 工作簿（.xlsx），无法导入。如果是 CSV、WPS 表格或网页格式，请先用 Excel 另存为“Excel 工作簿(*.xlsx)”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”含有宏（VBA 代码），为安全起见不予导入。请在 Excel 中另存为不含宏的“Excel 工作簿(*.xlsx)”后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”包含 {count} 个部件，超过上限 {max_entries} 个，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word 文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint 演示文稿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”是{kind}，不是 Excel 工作簿。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”解压后超过 {size_text} 的上限，疑似压缩炸弹，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{part}”已损坏，无法读取（{reason}）。请在 Excel 中打开并另存后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的部件“{filename}”解压后为 {size_text}，超过上限 {size_text2}，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的部件“{filename}”压缩比异常（{ratio}:1，上限 {max_ratio}:1），疑似压缩炸弹，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{filename}”含有 XML 实体或文档类型声明（DTD），这是“XML 炸弹”等攻击使用的写法，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的“{filename}”已损坏，无法读取（{exc}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作簿“{name}”中的工作表“{sheet}”已损坏，无法读取（{exc}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”声明有 {rows} 行，超过一次导入的上限 {max_rows} 行。请拆分成多个文件后再导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表“{sheet}”声明有 {columns} 列，超过一次导入的上限 {max_columns} 列，已拒绝导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本程序支持两种数据库：SQLite 数据库文件（--db 后直接写文件路径），和多人共用的 PostgreSQL 数据库（--db postgresql://用户名:密码@服务器:端口/数据库名）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db 后面没有写数据库文件路径或地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不支持这种数据库地址：{hide_password}（{group} 数据库）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址写得不对：{hide_password}（{what}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL 地址的写法：postgresql://用户名:密码@服务器:端口/数据库名，例如 postgresql://ledger:密码@192.168.1.10:5432/ledger；用户名或密码中的 @ : / 等字符要写成 %40 %3A %2F。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>端口“{group}”应是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@ 不止一个：用户名或密码中的 @ 要写成 %40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器名“{host}”不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>端口 {port} 不在 1–65535 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有写服务器，本机的数据库请写 localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有写数据库名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的服务器名和端口，以及这台电脑的网络连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到数据库服务器“{value}”：这个服务器名无法解析为网络地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的服务器名是否写错（也可以直接写服务器的 IP 地址），以及这台电脑的网络和 DNS 设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址中的端口不正确：{first_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝连接：那台电脑上没有在这个端口等待连接的 PostgreSQL。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请确认数据库服务器已启动、端口正确，并且防火墙允许这台电脑连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接数据库服务器 {server} 超时：{pg_connect_timeout_s} 秒内没有回应。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查服务器地址、网络连接和防火墙设置，或稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机没有正在运行的 PostgreSQL 服务器（找不到它的本地连接）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请启动 PostgreSQL，或在 --db 地址中写明服务器，例如 postgresql://用户名@localhost/数据库名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝登录：用户名“{user}”或密码不对。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的用户名和密码（postgresql://用户名:密码@服务器/数据库名），或向数据库管理员确认。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 上没有名为“{group}”的用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的用户名，或请数据库管理员创建这个用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 上没有名为“{value}”的数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的数据库名。新的数据库由数据库管理员在服务器上创建（CREATE DATABASE {value}），之后再用本程序在其中新建台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 不允许这台电脑以用户“{user}”连接（服务器的 pg_hba.conf 中没有相应的规则）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请数据库管理员在服务器上允许这台电脑连接。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器 {server} 暂时不接受连接：{first_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接到数据库服务器 {server}：{first_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整性检查：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外键指向不存在的记录：{count} 处（表：{tables}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中没有数据库结构版本（不是本程序的数据库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取：{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到要备份的数据库文件：{source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法使用备份文件夹 {folder}：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结构版本不一致（数据库 {revision}，备份 {revision2}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份中的记录数与数据库不一致（表：{join}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份未通过验证，没有保存（已有的备份都保留着）：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入备份文件夹 {folder}：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份数据库时出错：{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件的内容与备份时记录的不符（文件被改动或损坏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结构版本与记录不符（记录 {schema_revision}，文件 {revision}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录数与备份时记录的不符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件的大小与记录不符（文件可能被改动或未复制完整）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}，{counts_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（共 {count} 处）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，为避免丢失数据，本程序不会写入它：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  检查结果：{shown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  损坏的文件已另存为：{kept_as}（可用 --db 只读打开，导出仍能读取的内容）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  备份文件夹 {backup_folder} 中没有有效的备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  最新的有效备份：{path}（{backup_summary}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  恢复方法：python -m app --db &quot;{path}&quot; backup restore &quot;{path2}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序不会再写入它。请在“备份与恢复”中恢复最新的有效备份（命令行：python -m app backup list）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>磁盘空间已满，无法写入数据库。请清理磁盘后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读写数据库文件时出现磁盘错误，请检查磁盘或存储设备。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库正被其他程序占用，请稍后重试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是本程序的数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法打开数据库文件，请检查路径与访问权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件为只读，无法保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接到数据库服务器，请检查网络与服务器地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器拒绝连接，请检查服务器是否已启动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库用户名或密码错误。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法访问数据文件：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库的启动检查还没有完成，暂时不能保存，请稍后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库已切换为只读，不能保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序已改为只读：可以查看和导出，不能保存修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该数据库由更高版本的“协商议事台账”创建（数据库版本 {current}），本程序（{version}）无法安全打开，未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请升级程序后再打开此数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUSE（{value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} 网络文件系统（挂载于 {point}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络共享文件夹（{anchor}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网络共享文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>映射的网络驱动器（{drive}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite 数据库文件放在网络共享上时，多台电脑同时使用会因文件锁不可靠而损坏数据。多人共用请改用共享的 PostgreSQL 数据库（--db postgresql://…），或把数据库文件放在本机磁盘上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件位于{where}：{path}。{advice}确实了解风险并只在一台电脑上使用时，可加 --allow-network-share 强制打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>警告：数据库文件位于{where}，已按要求强制打开。{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有读取数据库文件的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有访问数据库文件或其所在文件夹的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} 是一个文件夹，不是数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在 --db 后写数据库文件的路径（例如 …/ledger.sqlite3）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有在文件夹 {existing} 中新建文件的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {path} 是空的，其中还没有台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件是只读的，没有写入它的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有在文件夹 {parent} 中写入的权限（SQLite 要在数据库旁写日志文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查文件和文件夹的权限（或请管理员设置），或把数据库文件复制到自己有权写入的位置再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {path} 不是本程序的数据库（也不是 SQLite 数据库文件），未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 指定的路径；如果它原本是本程序的数据库，说明文件已损坏，请从备份恢复（备份在数据库旁的 backups 文件夹中）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件 {path} 是另一个程序的 SQLite 数据库，不是本程序的台账，未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 指定的路径。本程序不会在别的程序的数据库中建表；要新建台账，请换一个新的文件名并加 --create。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（版本不低于服务器的 {major}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请在本机安装 PostgreSQL 客户端工具 pg_dump 和 pg_restore{version}：Debian/Ubuntu 运行 sudo apt-get install {package}；Windows 从 https://www.postgresql.org/download/windows/ 安装 PostgreSQL（组件只选 Command Line Tools 即可），并把其 bin 文件夹加入 PATH 环境变量。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的 {name} 版本（{version}）低于数据库服务器的版本（{server}），无法备份或恢复。{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到 PostgreSQL 的备份工具 {name}。{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}失败：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump 备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份未通过验证，没有保存：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>读取备份目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份中缺少这些表的数据：{join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有备份时的记录数（不是本程序做的备份）；请由数据库管理员用 pg_restore 恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该备份未通过验证，不能用于恢复：{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该备份由更高版本的程序创建（数据库结构版本 {schema_revision}），请先升级程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore 恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复后的记录数与备份不一致；恢复前的数据库已备份为 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前无法先备份当前数据库，没有恢复：{exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复后的数据库与备份不一致，请重试恢复；恢复前的数据库已保存为 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复后的数据库与备份不一致，请重试恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是损坏的数据库文件的副本，只读打开：可以查看和导出仍能读取的内容，不能修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {shown} 中已有别的程序的表，不是本程序的台账，未做任何改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查 --db 地址中的数据库名；本程序的台账请放在单独的数据库中（由数据库管理员创建一个空数据库）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库 {shown} 是空的，其中还没有台账。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果地址写错了，请检查 --db；确实要在这个数据库中新建台账，请加 --create（例如：python -m app --db 地址 --create users add 用户名 --role admin），或用 demo 装入演示数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}
{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果路径输错了，请检查 --db；确实要在这里新建一个台账，请加 --create（例如：python -m app --db {shown} --create users add 用户名 --role admin），或用 demo 装入演示数据；也可以打开桌面程序按提示新建。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保留最近 {recent} 份，以及最近 {daily} 天每天、{weekly} 周每周、{monthly} 个月每月各一份；恢复前和升级前的副本保留 {safety_days} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台进程已重新启动，上一步的结果不在了。请返回上一步重做。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>后台进程意外结束（退出代码 {code}），没有完成这项工作。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称筛选站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员：可做一切操作，包括管理账户和设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作人员：登记和修改全部记录，不能管理账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台联络员：只看到并登记所负责站室组的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读：查看全部记录，不能修改，也不能完整导出联系电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>新建账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用的账户不能再登录；连续输错密码被锁定的账户，重设密码或启用即可解锁。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>启用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不能停用自己正在使用的账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要停用账户“{name}”吗？停用后不能再登录，可随时启用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用账户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：全市城市道路交通安全设施建设情况视察</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市政协社会和法制委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存后可登记活动形成的意见建议、调研报告和成果运用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部门负责人、专家学者、群众代表等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他人员与纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityKindsEditor</name>
    <message>
        <source>新的活动类型，例如：界别协商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用或恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置类型不能停用；停用的类型保留已登记的活动和统计，只是不再供新登记选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即站室组的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}（{notes}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新的名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>协商议事台账</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>重新交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称或拼音首字母筛选会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择主办单位（可输入名称或拼音首字母）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记承办单位：请先登记承办单位，再交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记承办单位…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复默认时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按单位设置的办理时限（{n} 个工作日）重新计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限应晚于交办日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个工作日（不计周末和法定节假日，调休上班日计入）；单位默认 {d} 个工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>也可以直接修改截止日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>文件名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件内容保存在数据库中（随备份保存，同事也能打开），原文件可以移走或删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可添加现场照片、签到表扫描件、会议材料等；双击打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>图片 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档 ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择要添加的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在添加 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>部分文件未能添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在添加附件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>系统没有可以打开“{name}”的程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开 {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定归档附件“{name}”吗？归档后默认不再显示，可随时恢复。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在活动中发言（计入履职积分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加本站室组委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把所选站室组的全部委员加入名单，默认为出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击“出席情况”或按 F2 修改；按 Tab 离开名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}在活动中发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席 {present} 人，请假 {excused} 人，缺席 {absent} 人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每次新增、修改、归档、登录和导出都记录在此，日志只能追加、不能修改或删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前筛选条件导出操作日志（联系电话已隐去）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一条日志，查看每个字段修改前后的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {seq} 条&#x3000;{at}&#x3000;{who}（{username}）&#x3000;{action} · {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（没有字段变更）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志-{day}.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 条操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出操作日志…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>备份时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>大小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改文件夹…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如放到 U 盘或另一块硬盘上，电脑损坏时备份仍在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复默认位置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新检查所选备份是否完好、可以用来恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以查看和创建备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已验证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未验证：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有备份。点击“立即备份”做第一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份并验证：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份并验证…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证通过：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>验证未通过：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在验证备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这份备份尚未通过验证，请先点击“验证”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已恢复：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以后的备份保存在：{folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchStepDialog</name>
    <message>
        <source>批量{step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为所选的 {n} 条意见建议记录“{step}”：{titles}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：电话联系各承办单位，要求本周内书面答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始办理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在为 {n} 条意见建议记录“{step}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有一条能{step}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckList</name>
    <message>
        <source>已选 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未选择</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>检查结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已逐行检查，尚未写入任何数据。没有错误才能导入；导入要么全部写入，要么都不写入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存错误报告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：胜利路驿站月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存导入方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把这次的对应关系保存为导入方案，下月同一站点的台账一步导入：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现 {n} 处错误，不能导入。请修改原文件后重新选择，或返回上一步调整各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查通过，可以导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条，此处列出前 {shown} 条；错误报告中有全部内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存导入方案：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存导入方案“{name}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}_错误报告.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存错误报告：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存错误报告：出错的单元格标为红色，每行末尾写明原因。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>错误报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有导入任何数据：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导入，数据库没有任何改动。可以再次点“导入”。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责的站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常开展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办建议数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方导出时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>序号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发出/收到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所报活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执笔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开展</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcludeDialog</name>
    <message>
        <source>答复（{day}，{result}）：{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：已在海晏路与五四大街路口加装红绿灯并投入使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>处理数据交换冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待处理 {n} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双方都改了同一字段、改成了不同的值。本机暂时保留本机的值；请逐项选择采用哪一方的值，选择会记入操作日志，并随下一个数据包发给对方。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原来的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用本机的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用对方的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择一处冲突，查看双方的值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}“{record}”的“{field}”&#x3000;对方：{who}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>程序错误 — %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>程序遇到了意外错误：%s

您的数据没有丢失，未保存的修改可能需要重新填写。详细信息已写入日志文件（%s）；联系技术支持时，请点击“复制”并把下面的内容发给他们。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>数据库文件已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库文件已损坏，程序已改为只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为避免丢失数据，程序不会再写入这个文件：现在可以查看和导出仍能读取的内容，不能保存修改。
文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…… 另有 {n} 处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查结果：
{problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件已另存为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员可以恢复备份，请联系管理员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份文件夹 {folder} 中没有有效的备份。可以只读打开损坏的文件，导出仍能读取的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复这份备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读打开损坏的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续只读查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>已开展协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员参与率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员出席率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专题协商</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联动民主监督</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类信息占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度协商计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不含筹备中 {p} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交办 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办结 {a} / 已交办 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按期 {a} / 已办结 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意和基本满意 {a} / 已评价 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 件次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类 {a} / {b} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另有 {n} 条将在 {d} 个工作日内到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加活动的委员 {a} / {b} 名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告 {n} 篇，被采用 {a} 篇</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用 {a}&#x3000;签发 {i}&#x3000;获批示 {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果转化 {n} 项&#x3000;反馈群众 {m} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定 {a} 个&#x3000;未采用 {b} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已开展 {n} 个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划 {p} 个&#x3000;逾期未开展 {o} 个</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新统计（F5）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期主要数据，与导出、打印的统计口径一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看超期清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事与办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动与成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>复制这段文字，粘贴到工作综述中再修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落（草稿）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据上面的数字自动起草，可复制后修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期与即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示的是 {time} 的统计结果，正在重新统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按季度统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计范围：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将装入一座虚构城市的演示数据：约 30 个站室组、200 名委员、500 次协商议事活动及其意见建议，数据均为演示用的虚构内容，请勿用于正式工作。

同时创建演示账户 admin、clerk、coordinator、viewer（密码均为 demo1234；已有的同名账户不会改动）。

确定装入吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>装入演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已生成 {done}/{total} 次协商议事活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user}（{role}）{kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：已存在，未改动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已装入演示数据（虚构）：{platforms} 个站室组、{members} 名委员、{sessions} 次协商议事活动、{suggestions} 条意见建议。

演示账户（新建的密码均为 {password}）：
{accounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在装入演示数据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入{year}年节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落已复制</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateList</name>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加从第一个日期到第二个日期的每一天（只加一天时两个日期相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRangeFilter</name>
    <message>
        <source>{year}年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>打印文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按数据重新起草</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据所选时间和范围的统计数字起草，可直接修改；打印时使用框中的文字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计段落</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生成并预览</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未填写单位名称：文件版头要印上本单位的名称，请先填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先选择要打印的{noun}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在生成{kind}……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消生成文档。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所有记录已在一个事务中写入。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <source>仅显示未达标（告诫提醒）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按履职积分排名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印积分排名…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全体委员的履职积分、排名和履职评价等次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看明细…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>根据各类履职活动、意见建议、社情民意和调研报告记录自动统计，无需另行填报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加履职活动不少于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无故缺席不多于 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议不少于 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分不少于 {n} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒标准：{checks}（{note}；标准在“设置”中修改）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 名委员，其中 {m} 名未达标</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>委员或提出方的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>站室组与办公室互相发送数据包：按记录合并，双方改了同一处时列为冲突，不会静默覆盖。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只导出上次之后的变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突（9999）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发出和收到的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机：{name}&#x3000;密钥指纹：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机：{name}（第一次导出或导入数据包时生成密钥）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已信任的发送方：{peers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有收到过其他电脑的数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整个办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>处理冲突（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包-{scope}-{day}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出数据包（{n} 条记录）：
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据包…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入：新增 {c}，修改 {u}，无变化 {n}，冲突 {k}，拒绝 {r}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
有冲突的字段暂时保留本机的值，请点“处理冲突”逐项选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入数据包…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>截至{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出一个 Excel 工作簿，含“协商议事台账”“意见建议办理台账”“站室组名册”“委员名册”和“统计”五张工作表。活动按活动时间、意见建议按提出日期计入时间范围。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整导出（含完整手机号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完整导出时委员名册中的手机号不再隐去中间四位，本次导出会记入操作记录（审计日志）。请妥善保管导出的文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以完整导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事台账.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择导出文件的保存位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件“{name}”已存在，要替换它吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>替换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出台账……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消导出，没有生成文件。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExternalPdfDialog</name>
    <message>
        <source>已生成“{title}”（共 {pages} 页）。本机无法加载程序内预览组件（PDFium），请用系统的 PDF 阅读器打开后查看和打印，或另存为文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用 PDF 阅读器打开</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>反馈群众与是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>向群众反馈了什么、反馈到哪些小区或群体</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开时必填，例如：涉及个人隐私</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开理由</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择要导入的台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可以导入本程序导出的台账，也可以导入各单位自己记的 Excel 台账（.xlsx）。下一步核对各列的含义。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或粘贴 .xlsx 文件的路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入方案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· 导入前会逐行检查，只要有一行有错误就不写入任何数据。
· 加密、含宏、旧版 .xls 或异常巨大的文件会被拒绝，不会读入。
· 本程序导出的台账带有“记录编号”列，修改后导入会更新原有记录。
· 同一站点每月的台账：第一次核对好各列后保存为“导入方案”，以后选它一步导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（自动识别各列）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取工作簿……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到文件“{path}”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法读取文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已取消读取。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>首次使用 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>欢迎使用{app}。这个数据库还没有账户：请填写单位名称，并创建第一个管理员账户。管理员可以再为工作人员、平台联络员和只读用户创建账户。站室组的电脑请用办公室为本站导出的数据包建立，联络员用原来的账户登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录时输入，例如 admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：张文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上，以后可在“设置”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>管理员用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建并登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组电脑：用办公室的数据包建立…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择办公室发来的数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据包 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已用“{office}”的数据包建立本机数据库，共 {n} 条记录。
请与办公室核对其密钥指纹：{fp}
平台联络员可用在办公室使用的用户名和密码登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在建立本机数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>放弃修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写的内容尚未保存。确定要放弃这些修改吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingButton</name>
    <message>
        <source>办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办、答复、办结、催办、评价等办理步骤</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandlingMenu</name>
    <message>
        <source>已归档的意见建议不能再办理，请先恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新交办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法定节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除本年录入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除办公室为该年录入的日期，改回使用日历数据包（如有）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按国务院办公厅当年发布的节假日安排录入：放假的每一天列为法定节假日，周末调休上班的日子列为调休上班日。普通周末无需录入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历数据包已收录{year}年的节假日安排，通常无需录入；在此录入的日期会逐日覆盖数据包。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日历数据包尚未收录{year}年的节假日安排（已收录 {first}–{last} 年）。录入后，办理时限和退办期限将按这里的日期计算工作日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定删除为{year}年录入的节假日安排吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDefaults</name>
    <message>
        <source>例如：城西区胜利路委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：城西区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少的交办、答复、办结、评价日期取相邻的已知日期（在检查结果中注明）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已交办但未写承办单位时使用（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填站室组的行归入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建站室组所属县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>默认答复类别</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionDialog</name>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstructionEntryDialog</name>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委副书记 王××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示原文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重新启动程序后生效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本次运行的语言由环境变量 {var}={value} 指定，优先于此设置。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerTools</name>
    <message>
        <source>导出台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按当前筛选条件导出 Excel 台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把选中的行（可多选）导出为 Excel，联系电话隐去中间四位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的记录生成可打印的文档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出所选（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>最多 {n} 个字</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档所选记录（Delete）；归档后默认不再显示，可随时恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（Ctrl+F）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已显示 {n} 条，正在统计总数…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建一条记录（Ctrl+N）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要归档“{name}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定要归档所选的 {n} 条记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以下工作尚未完成，归档后保持原状、仍需跟进：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>归档后默认不在列表中显示，勾选“显示已归档”可以找回并恢复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在归档 {n} 条记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;{name}&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;记录政协“站、室、组”的协商议事活动，跟踪每条意见建议从交办、办理、答复到办结和评价的全过程。&lt;/p&gt;&lt;p&gt;数据保存在本机，无需联网。&lt;/p&gt;&lt;p&gt;数据库：{database}&lt;br&gt;日志文件：{log}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印文档…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用指南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page}（Ctrl+{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库：{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前用户：{name}（{role}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户：{username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只读用户不能导入台账。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>核对各列的含义</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已按列名自动对应到台账的字段。请逐列核对，不需要的列选“忽略”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>作为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表头至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前几行数据（按上面的对应读出的样子）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件中的列名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>示例</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无列名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>忽略</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有两列对应到同一字段，请只保留一列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在逐行检查……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有要导入的工作表。请至少为一张工作表选择台账类型。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：十五届</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>党派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>届次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作单位及职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDutyDialog</name>
    <message>
        <source>履职档案：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告诫提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所在站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>视察调研</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各类履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出席 {a} 次，无故缺席 {b} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意 / 调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送 {a} 条（采用 {b}） / 执笔 {c} 篇（采用 {d}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 分（扣分 {d}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>牵头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>，</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {n} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分 {n} 分：{parts}。积分按“设置 → 履职积分”中的规则由各项履职记录自动计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计分项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已达上限（原 {n} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加的活动（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他履职活动（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出的意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分（{n} 分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击活动或建议查看详情。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>选择委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名、全拼或拼音首字母（如 zhw）筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勾选要添加的委员（空格键勾选），可多选。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>加入名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改成员记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名或拼音查找委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入名称或拼音查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以加入的委员：请先在“委员”页添加委员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有可以加入的站室组：请先在“站室组”页登记站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyChart</name>
    <message>
        <source>按月统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameCombo</name>
    <message>
        <source>输入姓名、全拼或拼音首字母查找</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotAdoptDialog</name>
    <message>
        <source>例如：所提事项已列入今年城建计划，留作参考</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>关闭提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeNameDialog</name>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件的版头，以后可在“设置”中修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写本单位的实际名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenProblemDialog</name>
    <message>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在这里新建台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开其他数据库文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>找不到数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库中还没有台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这不是本程序的台账数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库来自更高版本的程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有访问数据库的权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接不上数据库服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库服务器拒绝登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>服务器上没有这个数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如果路径有误，请打开正确的数据库文件。要在这里开始一本新的台账，请点“在这里新建台账”：程序会新建数据库，并请您创建第一个管理员账户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请打开本程序的数据库文件。如果它原本是本程序的数据库，说明文件已损坏：请由管理员从备份恢复（“备份与恢复”页，或命令 python -m app backup restore）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请安装新版本的程序后再打开它，或打开其他数据库文件。这个数据库没有被改动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查文件和文件夹的权限（或请管理员设置）后重试；也可以把数据库复制到自己有权写入的位置再打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查数据库服务器是否已启动、这台电脑的网络是否连通，以及程序快捷方式中 --db 后的地址（服务器、端口、用户名、密码、数据库名）；问题解决后点“重试”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请检查程序快捷方式中 --db 后的数据库地址。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题解决后点“重试”，或打开其他数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最新的有效备份：{summary}
{path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <source>社情民意信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员报送人，例如：特邀信息员 李××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：省政协、全国政协</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：《社情民意》2026年第12期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信息内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他报送人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>签发期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeEntryDialog</name>
    <message>
        <source>成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：海晏路加装红绿灯，纳入本年度民生实事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已落实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件文号、项目名称或资金数额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueListDialog</name>
    <message>
        <source>超期清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把清单中的全部意见建议导出为 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可多选后一起催办；按 Enter 或双击查看办理详情。天数均按工作日计算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量催办（{n} 条）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量催办</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueTable</name>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>催办…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理详情…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部清单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在单独的窗口中列出全部，可多选后批量催办或导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期未答复（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>即将到期（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今天到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近催办：{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有超期未答复的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近期没有即将到期的意见建议。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只列出最紧急的 {n} 条；点“全部清单…”查看全部 {total} 条。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录一次催办、督办或电话沟通</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <source>导入数据包</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自“{sender}”的第 {seq} 号数据包，{who}于 {at} 导出；范围：{scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次收到来自“{sender}”的数据包。请与对方核对密钥指纹：
{fingerprint}
核对无误再导入；导入后本机信任这个密钥，以后用其他密钥签名的数据包一律拒绝。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发送方的密钥与本机记住的一致：{fp}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入后将会：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有冲突，也没有被拒绝的记录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冲突（双方都改了同一字段；导入后保留本机的值，在“处理冲突”中逐项选择）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {kind}“{record}”的“{field}”：原为 {base}，本机为 {mine}，对方为 {theirs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不导入的记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协委员名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索姓名（可用拼音或首字母，如 zhw）、界别、党派或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>界别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专题协商、民主监督、视察调研、委员讲堂、走访和会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索名称、县区、乡镇街道、地址或联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>各站室组开展的协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条（含筹备中的活动；工作台只计已开展的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商成果的交办、办理与答复；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容、答复或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>负责办理意见建议的部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>账户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份与恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据交换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>否</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社情民意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员报送的社情民意信息及采用、签发、批示情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容、报送人或期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已签发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>获批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商成果报送党委政府的专报及批示、转化情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、期号、报送对象或正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调研、视察形成的调研报告及采用情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、摘要、执笔人或采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题与计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集、议题确定和年度协商计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、提出者或说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完成情况</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位或职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双击单元格或按 F2 填写；Ctrl+Tab 到下一格，Tab 离开表格</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重设密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至少 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为账户“{name}”设置新密码，并解除锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码已重设。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewBase</name>
    <message>
        <source>预览：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存文件：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>整页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformChart</name>
    <message>
        <source>各站室组开展活动次数（前 {n} 位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本期没有协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDialog</name>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：城西区胜利路街道委员驿站</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择或输入县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正常开展活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>乡镇街道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联络人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成员名册</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsRulesForm</name>
    <message>
        <source>无故缺席扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>优秀（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>称职（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本称职（不低于）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>积分由各类履职记录自动计算；“每年上限”为 0 表示不设上限，扣分不受上限限制。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度履职评价分数线（按每年标准，统计期不足一年时按月折算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintSettingsForm</name>
    <message>
        <source>例如：西政协交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doc}发文字号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只填机关代字，印出时加年份和序号，如 西政协纪〔2026〕3号；留空则该文件不编号（交办单用“交办”）。已印出的编号不会随之改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委办公室，市政府办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>抄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在协商议事纪要和工作综述的版记中；留空则版记只有印发机关和日期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>一般无需填写：本机装有仿宋、黑体、楷体、方正小标宋等字体时自动使用；也可指定单位授权的 TrueType 字体文件（.ttf / .ttc）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择字体文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc *.otf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityDialog</name>
    <message>
        <source>承办单位对建议质量的评价意见（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>评价日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordChooser</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题、地点或站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、内容或承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索单位名称或联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索议题或提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索主题、地点或组织单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索标题、期号或报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>搜索姓名、界别或工作单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>编辑%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存冲突</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>＊</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>选择{noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>催办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期 {assigned}，办理时限 {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：电话联系承办科室，要求本周内书面答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>答复和办结记录将清除（仍保留在时间线上），意见建议回到“办理中”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议回到“待交办”，可重新交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：委员对答复不满意，要求继续办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设定新的办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新时限</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>承办单位的答复意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResearchReportDialog</name>
    <message>
        <source>调研报告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入姓名筛选委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员执笔人，例如：市政协研究室 张××</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已采用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市委、市政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成文日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属调研活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织层级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>执笔委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他执笔人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报告摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选了所属调研活动时，组织层级随活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>登记反馈与公开…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商专报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示领导</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加批示…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>转化内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文号或项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加成果转化…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反馈群众与是否公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}以“{method}”方式向群众反馈</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>：{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未登记向群众反馈的情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不公开（{reason}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是否公开：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选的领导批示吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选的成果转化记录吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsReportDialog</name>
    <message>
        <source>协商专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存时自动编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>市委、市政府</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不针对单次活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报正文；也可保存后在“附件”中添加专报文件，这里只写摘要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>期号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报正文</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于“{title}”协商成果的专报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批示与成果转化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>例如：该事项属区住建局职责，不属本单位办理范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办须在交办后 {n} 个工作日内提出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（交办日期 {day}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（交办日期 {day}，退办截止 {end}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterEditor</name>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离开名册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记下今天离开（其他日期用“修改…”）；记录保留，履职档案仍按当时的名册统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>显示已离开的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已离开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存站室组后即可添加成员。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存委员信息后即可加入站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>现有 {n} 名成员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>导出到 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 {n} 行（联系电话已隐去）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法写入文件：{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>只读：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查数据库…（可以查看，保存会等检查完成）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份未完成：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>本年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上季度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自定义…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>至</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeFields</name>
    <message>
        <source>全部站室组（可输入名称或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>输入要查找的字词，例如：交通&#x3000;红绿灯；委员可输入姓名或拼音，如 zhw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>把全部检索结果（不只是本页）导出为 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在议题、会议纪要、形成共识、建议内容、答复、落实情况、承办单位和委员姓名（含拼音）中查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按 Enter 或双击打开：活动详情、意见建议的办理详情或委员信息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共找到 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 {a}–{b} 条（第 {p}/{n} 页）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在查找…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有找到包含“{text}”的记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记意见建议…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协商议事活动：{topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>概况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>成果运用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{form}，地点：{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；出席委员 {n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划召开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>县区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群众代表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入会议纪要。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入形成的共识。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未登记其他参会人员。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组，再登记协商议事活动。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定（可输入姓名或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} 人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>召集人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主持人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>群众代表人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态在列表的“状态”菜单中变更。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会议纪要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>形成共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参会委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他参会人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>纪要与共识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（无权查看的议题）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSuggestions</name>
    <message>
        <source>双击查看办理详情；红色为超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在将 {n} 次活动改为“{state}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source> 个工作日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：西宁市政协办公室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单、工作综述等文件上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办后多少个工作日内答复；交办时可逐条调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办单位须在交办后多少个工作日内提出退办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>到期提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>离办理时限还有多少个工作日时列入“即将到期”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件大小上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每个附件文件的最大大小；附件保存在数据库中，随备份一起保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少参加履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最多无故缺席</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最少提出意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每年最低履职积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>低于标准的委员列入履职档案的“告诫提醒”名单；设为 0 则不检查该项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>录入或修改节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作日按国家法定节假日和调休安排计算。日历数据包已收录 {first}–{last} 年；国务院办公厅公布新一年的安排后，请在这里录入该年的节假日和调休上班日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位与办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员履职提醒标准（每年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职积分规则与履职评价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履职活动类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全单位共用，保存在数据库中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只有管理员和办公室工作人员可以修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年：法定节假日 {h} 天，调休上班日 {w} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未录入任何年份（均使用日历数据包）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有设置未能保存，请看红字说明。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有需要保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录 — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请输入您的账户和密码。忘记密码请联系管理员重设。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在打开台账，请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <source>填写单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印在交办单、催办单和工作综述的版头上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>填写单位名称…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员驿站、委员工作室、委员联络组：协商议事活动都在这里开展。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>政协委员名册，再把委员加入各站室组的名册。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加委员…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题、时间、参会委员和形成的共识；意见建议随后登记并交办。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记协商议事活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>载入演示数据（虚构示例）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>想先看看效果？可以装入一座虚构城市的演示数据（站室组、委员、500 次协商议事活动及意见建议），并创建演示账户 admin、clerk、coordinator、viewer（密码 demo1234）。演示数据均为虚构，请勿用于正式工作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用指南（F1）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按下面的顺序做好准备，就可以登记第一次协商议事活动。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateButton</name>
    <message>
        <source>变更状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改为“{state}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>变更状态（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>{title}（当前状态：{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDetailDialog</name>
    <message>
        <source>编辑…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列为典型成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工作综述的“典型成果”一节只列选定的意见建议；一条也未选定时按默认规则选出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>意见建议：{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看登记…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>时间线（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>附件（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>典型成果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}（已超期 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}（剩余 {n} 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（反映问题类）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>会办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交办日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委员评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>质量评价日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写建议内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办理情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未答复。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>落实情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未办结。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>领导批示（{n} 件次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>没有领导批示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>双向评价</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>意见建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>反映问题类</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已填写（不填则用活动日期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来自履职活动（视察、民主监督等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直接登记到站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择站室组（可输入名称或拼音）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>还没有登记任何站室组：请先登记站室组。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记站室组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定委员（可输入姓名或拼音查找）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指定委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>非委员提出时填写，例如：胜利路社区居民</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议标题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>建议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>所属履职活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>站室组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出委员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他提出人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属协商议事活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择所属履职活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>批量办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的多条意见建议一起催办或开始办理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{step}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>只看超期未答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量办理（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>批量{step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicDialog</name>
    <message>
        <source>议题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：老旧小区加装电梯怎么推进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出议题的单位、委员或群众</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未填写</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提出者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>征集日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市政协主席会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（按确定日期的年份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m}月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>全年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按承办自动选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定机关</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计划月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>承办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动形式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未采用理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确定后列入年度协商计划；承办选“政协机关”时由办公室组织（如专题协商）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>组织</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题征集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>议题确定与计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开展情况</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开展情况（{n}）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>据此登记活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为选中的已确定议题登记协商议事活动或履职活动，议题与活动保持关联</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印年度计划…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year}年计划议题 {n} 个：已开展 {held}，计划中 {planned}，逾期未开展 {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>承办单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：市住房和城乡建设局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>使用指南</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>对应无法识别的取值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>下面每个词在台账中出现一处或多处，程序不认识。请为每个词选择它表示的取值，不选的行按错误报告。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账中的写法</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>出现</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同时加入单位设置，以后导入的所有台账都认得这些词</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} 处，首见于{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（不对应）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 {n} 个词。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在按对应的取值重新检查……</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dated</name>
    <message>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>未命名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件位置：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法完成操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <source>打开台账数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>台账数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdf</name>
    <message>
        <source>无法打开生成的 PDF 文件（{error}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法开始打印，请检查打印机。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在发送到打印机……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>restore</name>
    <message>
        <source>已损坏，无法读取</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复会用这份备份替换当前数据库的全部内容：

备份：{backup}
当前：{current}

恢复前，当前数据库会先另存为一份“恢复前”备份；恢复错了，恢复那一份即可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是多人共用的数据库：恢复前请其他工作人员先关闭程序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已从备份恢复：{summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复前的数据库已备份为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>损坏的文件保留为：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在恢复数据库…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在读取当前数据库…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
